import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { isRealDay } from '../core/dates';
import { langSchema } from '../core/languages';
import { issueKey } from '../error-text/error-catalog';

/*
 * A campaign, as the vault keeps it (item kind 'campaign'): one encrypted item holding the ask,
 * the bills it follows, the message box, the coalition, every engagement with its follow-ups,
 * hearings' deadlines, debriefs and outcomes. Other items are referred to by id only (sharing-
 * history entries, testimonies, stories): a survivor's words are never copied into a campaign.
 */

export const CAMPAIGN_LIMITS = Object.freeze({
  titleChars: 300,
  /** One line: an ask, a reason, a role, a name. */
  lineChars: 500,
  /** A note: what was asked, what was promised, a debrief answer. */
  noteChars: 5_000,
  asks: 3,
  bills: 100,
  stepsPerBill: 200,
  amendmentsPerStep: 50,
  partners: 1_000,
  engagements: 20_000,
  followUpsPerEngagement: 50,
  linksPerEngagement: 200,
  speakersPerEngagement: 50,
  outcomes: 2_000,
  excerpts: 200,
  blocksPerExcerpt: 500,
});

const L = CAMPAIGN_LIMITS;

/** Ids inside a campaign (asks, steps, partners…): made by Harbor, unique within the campaign. */
export const entryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{4,64}$/, 'request.notAnId');

/** A calendar day, yyyy-mm-dd, that exists (no 2027-02-30). */
export const daySchema = z.string().refine(isRealDay, issueKey('campaign.notADay'));

/** A wall-clock time, HH:MM (24 h), in the campaign's own place: calendars show it as written. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, issueKey('campaign.notATime'));

const line = z.string().max(L.lineChars);
const note = z.string().max(L.noteChars);

export const JURISDICTIONS = ['us-state', 'us-federal', 'uk', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const CHAMBERS = ['house', 'senate', 'assembly', 'commons', 'lords', 'unicameral', 'other'] as const;
export type Chamber = (typeof CHAMBERS)[number];

/**
 * The steps a bill goes through. `veto-override` is the one step allowed after a final one
 * (`vetoed`); see status-history.ts for the rules.
 */
export const BILL_STEP_KINDS = [
  'introduced',
  'referred',
  'hearing',
  'committee-vote',
  'floor-vote',
  'other-chamber',
  'signed',
  'vetoed',
  'veto-override',
  'died',
  'other',
] as const;
export type BillStepKind = (typeof BILL_STEP_KINDS)[number];

export const amendmentSchema = z
  .object({
    id: entryIdSchema,
    /** How the legislature names it ("Amendment 2", "HA 1"). */
    label: line,
    summary: note.default(''),
    /** Adopted (true), rejected (false), or not decided yet (null). */
    adopted: z.boolean().nullable().default(null),
  })
  .strict();
export type Amendment = z.infer<typeof amendmentSchema>;

/** A dated step in a bill's status history, with the amendments noted on it. */
export const billStepSchema = z
  .object({
    id: entryIdSchema,
    kind: z.enum(BILL_STEP_KINDS),
    date: daySchema,
    chamber: z.enum(CHAMBERS).nullable().default(null),
    note: note.default(''),
    amendments: z.array(amendmentSchema).max(L.amendmentsPerStep).default([]),
  })
  .strict();
export type BillStep = z.infer<typeof billStepSchema>;

export const billSchema = z
  .object({
    id: entryIdSchema,
    /** As the legislature writes it: "HB 1234", "S. 56". */
    number: z.string().max(60),
    title: line.default(''),
    sponsor: line.default(''),
    /** Oldest first; dates in order and each step allowed after the one before (status-history.ts). */
    steps: z.array(billStepSchema).max(L.stepsPerBill).default([]),
  })
  .strict();
export type Bill = z.infer<typeof billSchema>;

/** One ask of the message box and the one-line reason for it: the words every document repeats. */
export const askSchema = z
  .object({
    id: entryIdSchema,
    text: line,
    reason: line.default(''),
  })
  .strict();
export type Ask = z.infer<typeof askSchema>;

export const SECTORS = [
  'service-provider',
  'law-enforcement',
  'business',
  'faith',
  'survivor-led',
  'legal',
  'health',
  'education',
  'government',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SIGN_ON_STATES = ['not-asked', 'asked', 'signed', 'declined'] as const;
export type SignOnState = (typeof SIGN_ON_STATES)[number];

/** A partner organization. A contact role, not a person's private data (unless someone enters it). */
export const partnerSchema = z
  .object({
    id: entryIdSchema,
    name: line,
    sector: z.enum(SECTORS),
    contactRole: line.default(''),
    /** Optional contact details, only if the advocate chooses to enter them. */
    contact: line.default(''),
    signOn: z.enum(SIGN_ON_STATES).default('not-asked'),
    /** Place in the sign-on letter's list (1 first); null lists it after the numbered ones, by name. */
    signOrder: z.number().int().min(1).max(100_000).nullable().default(null),
  })
  .strict();
export type Partner = z.infer<typeof partnerSchema>;

export const ENGAGEMENT_KINDS = ['meeting', 'call', 'email', 'hearing', 'site-visit'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const followUpSchema = z
  .object({
    id: entryIdSchema,
    text: line,
    /** The day it is due, in the person's own calendar (see follow-up-due.ts). */
    due: daySchema,
    /** The day it was done; null while open. */
    doneOn: daySchema.nullable().default(null),
  })
  .strict();
export type FollowUp = z.infer<typeof followUpSchema>;

/** What a hearing adds to an engagement: its deadlines and the testimonies prepared for it. */
export const hearingSchema = z
  .object({
    billId: entryIdSchema.nullable().default(null),
    committee: line.default(''),
    writtenTestimonyDue: daySchema.nullable().default(null),
    signUpToSpeakBy: daySchema.nullable().default(null),
    /** Testimony documents (vault kind 'testimony') prepared for this hearing. */
    testimonyIds: z.array(harborIdSchema).max(L.linksPerEngagement).default([]),
  })
  .strict();
export type Hearing = z.infer<typeof hearingSchema>;

export const WOULD_AGAIN = ['yes', 'no', 'unsure'] as const;

/**
 * A survivor's debrief after testifying: optional and skippable, every answer optional. Kept in the
 * vault of whoever entered it and never printed in a campaign report.
 */
export const debriefSchema = z
  .object({
    recordedOn: daySchema,
    howItWent: note.default(''),
    supportNeeded: note.default(''),
    wouldDoAgain: z.enum(WOULD_AGAIN).nullable().default(null),
  })
  .strict();
export type Debrief = z.infer<typeof debriefSchema>;

export const engagementSchema = z
  .object({
    id: entryIdSchema,
    kind: z.enum(ENGAGEMENT_KINDS),
    /** The lawmaker's office ("Sen. Rivera's office", "House Judiciary Committee"). */
    office: line,
    /** The role of who was met ("legislative director"), not a private person's details. */
    role: line.default(''),
    date: daySchema,
    /** Local wall-clock time; null for a whole-day entry. */
    time: timeSchema.nullable().default(null),
    asked: note.default(''),
    /** Who spoke for the campaign (as the advocate writes it; may be "a survivor leader"). */
    speakers: z.array(line).max(L.speakersPerEngagement).default([]),
    promised: note.default(''),
    /** The asks of the message box this engagement pressed. */
    askIds: z.array(entryIdSchema).max(L.asks).default([]),
    billIds: z.array(entryIdSchema).max(L.bills).default([]),
    /**
     * Documents shared, as sharing-history entry ids (electron/consent's export records): a
     * testimony is referenced under the consent it left with, never copied.
     */
    sharedEntryIds: z.array(harborIdSchema).max(L.linksPerEngagement).default([]),
    followUps: z.array(followUpSchema).max(L.followUpsPerEngagement).default([]),
    /** Only on kind 'hearing'. */
    hearing: hearingSchema.nullable().default(null),
    debrief: debriefSchema.nullable().default(null),
  })
  .strict();
export type Engagement = z.infer<typeof engagementSchema>;

export const OUTCOME_RESULTS = ['won', 'partly', 'lost'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export const voteCountSchema = z
  .object({
    yes: z.number().int().min(0).max(100_000),
    no: z.number().int().min(0).max(100_000),
    abstain: z.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type VoteCount = z.infer<typeof voteCountSchema>;

/** What changed, in the advocate's words: a vote, an amendment adopted, and the ask it relates to. */
export const outcomeSchema = z
  .object({
    id: entryIdSchema,
    date: daySchema,
    askId: entryIdSchema.nullable().default(null),
    billId: entryIdSchema.nullable().default(null),
    result: z.enum(OUTCOME_RESULTS),
    votes: voteCountSchema.nullable().default(null),
    /** Amendments adopted, by the ids noted on the bill's steps. */
    amendmentIds: z.array(entryIdSchema).max(L.amendmentsPerStep).default([]),
    note: note.default(''),
  })
  .strict();
export type Outcome = z.infer<typeof outcomeSchema>;

/**
 * A passage the report may quote: top-level blocks of the writer's own story under one of its
 * consents, or of a story shared with this vault under the consent it came with. Only a
 * reference; the words are read (and released through the gate) when the report is made.
 */
export const campaignExcerptSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('story'),
      id: entryIdSchema,
      storyId: harborIdSchema,
      grantId: harborIdSchema,
      blocks: z.array(z.number().int().min(0).max(100_000)).min(1).max(L.blocksPerExcerpt),
    })
    .strict(),
  z
    .object({
      kind: z.literal('shared'),
      id: entryIdSchema,
      sharedStoryId: harborIdSchema,
      blocks: z.array(z.number().int().min(0).max(100_000)).min(1).max(L.blocksPerExcerpt),
    })
    .strict(),
]);
export type CampaignExcerpt = z.infer<typeof campaignExcerptSchema>;

/** What the Campaigns screens edit and the vault keeps. */
export const campaignEditSchema = z
  .object({
    title: z.string().max(L.titleChars),
    /** The policy ask in one sentence. */
    policyAsk: line,
    jurisdiction: z.enum(JURISDICTIONS),
    /** The state, country or body by name ("Ohio", "Scotland"); empty for US federal. */
    jurisdictionName: line.default(''),
    chambers: z.array(z.enum(CHAMBERS)).max(CHAMBERS.length).default([]),
    /** The language the campaign is written in (the report's default). */
    language: langSchema.default('en'),
    bills: z.array(billSchema).max(L.bills).default([]),
    /** The message box: up to three asks, in the order documents repeat them. */
    asks: z.array(askSchema).max(L.asks, issueKey('campaign.tooManyAsks')).default([]),
    partners: z.array(partnerSchema).max(L.partners).default([]),
    engagements: z.array(engagementSchema).max(L.engagements).default([]),
    outcomes: z.array(outcomeSchema).max(L.outcomes).default([]),
    excerpts: z.array(campaignExcerptSchema).max(L.excerpts).default([]),
  })
  .strict();
export type CampaignEdit = z.infer<typeof campaignEditSchema>;
export type CampaignEditInput = z.input<typeof campaignEditSchema>;

type EditShape = typeof campaignEditSchema.shape;
type Unwrapped<S> = S extends z.ZodDefault<infer I> ? I : S;
type PatchShape = { [K in keyof EditShape]: z.ZodOptional<Unwrapped<EditShape[K]>> };

/**
 * A save: only the parts it names. Unlike `campaignEditSchema.partial()` no part is filled with
 * its default, so saving the title alone can never empty the bills or the coalition.
 */
export const campaignPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(campaignEditSchema.shape).map(([key, schema]) => [
        key,
        (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
      ]),
    ) as unknown as PatchShape,
  )
  .strict();
export type CampaignPatch = z.infer<typeof campaignPatchSchema>;

export const campaignDataSchema = campaignEditSchema
  .extend({
    createdAt: z.string(),
    updatedAt: z.string(),
    trashedAt: z.string().nullable(),
  })
  .strict();
export type CampaignData = z.infer<typeof campaignDataSchema>;

export interface Campaign extends CampaignData {
  id: string;
  revision: number;
}

export interface CampaignSummary {
  id: string;
  title: string;
  policyAsk: string;
  jurisdiction: Jurisdiction;
  bills: number;
  engagements: number;
  /** Follow-ups not done yet. */
  openFollowUps: number;
  updatedAt: string;
  trashedAt: string | null;
}

export function toCampaignSummary(c: Campaign): CampaignSummary {
  return {
    id: c.id,
    title: c.title,
    policyAsk: c.policyAsk,
    jurisdiction: c.jurisdiction,
    bills: c.bills.length,
    engagements: c.engagements.length,
    openFollowUps: c.engagements.reduce((n, e) => n + e.followUps.filter((f) => f.doneOn === null).length, 0),
    updatedAt: c.updatedAt,
    trashedAt: c.trashedAt,
  };
}
