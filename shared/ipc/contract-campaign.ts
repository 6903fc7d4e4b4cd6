import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { langSchema } from '../core/languages';
import { EXPORT_FORMATS } from '../core/export-formats';
import {
  campaignEditSchema,
  campaignPatchSchema,
  type Campaign,
  type CampaignSummary,
} from '../campaign/campaign-data';
import type { CampaignReportPreview, DueItem, ExcerptCandidate } from '../campaign/campaign-views';
import type { SaveOutcome } from './contract-consent';
import { channel } from './channel';

const id = harborIdSchema;

export interface CampaignSaved {
  id: string;
  revision: number;
  updatedAt: string;
}

const reportOptions = {
  id,
  paper: z.enum(['letter', 'a4']).default('letter'),
  language: langSchema.default('en'),
};

/** Campaigns (vault kind 'campaign'): one encrypted item per campaign, references to other items by id. */
export const campaignChannels = {
  'campaign:list': channel<CampaignSummary[]>()(
    z.object({ includeTrashed: z.boolean().optional() }).strict().optional(),
  ),
  'campaign:get': channel<Campaign>()(z.object({ id }).strict()),
  'campaign:create': channel<Campaign>()(campaignEditSchema.partial().strict()),
  /**
   * Saves the changed parts as a new revision. The whole campaign must then keep its rules (bill
   * steps in date order and allowed after each other, asks and bills referred to exist); refused otherwise.
   */
  'campaign:save': channel<CampaignSaved>()(z.object({ id, edit: campaignPatchSchema }).strict()),
  'campaign:trash': channel<void>()(z.object({ id }).strict()),
  'campaign:restore': channel<void>()(z.object({ id }).strict()),
  /** Removes a trashed campaign and its history for good. */
  'campaign:delete': channel<void>()(z.object({ id }).strict()),
  /** "This week": follow-ups and hearing deadlines overdue or due by the end of the person's week, every campaign. */
  'campaign:due': channel<DueItem[]>()(z.union([z.undefined(), z.object({}).strict()])),
  /**
   * Asks where to save and writes an .ics calendar of follow-ups and hearing deadlines (one
   * campaign, or all when left out). The screen warns first: a calendar file on disk is readable.
   */
  'campaign:export-ics': channel<SaveOutcome<{ fileName: string }>>()(
    z.object({ id: id.optional(), includeDone: z.boolean().default(false) }).strict(),
  ),
  /** The report exactly as it would leave Harbor, and the excerpts whose consent refuses. */
  'campaign:report-preview': channel<CampaignReportPreview>()(
    z.object({ ...reportOptions, format: z.enum(EXPORT_FORMATS).default('docx') }).strict(),
  ),
  /**
   * A story as a report excerpt would print it under one consent (each paragraph through the
   * release gate), or the consent's refusal; `number` is the place it would take in the report.
   */
  'campaign:excerpt-candidate': channel<ExcerptCandidate>()(
    z
      .object({
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('story'), storyId: id, grantId: id }).strict(),
          z.object({ kind: z.literal('shared'), sharedStoryId: id }).strict(),
        ]),
        number: z.number().int().min(1).max(1_000),
        format: z.enum(EXPORT_FORMATS),
        language: langSchema,
      })
      .strict(),
  ),
  /** Checks every excerpt's consent, renders, asks where to save, writes. Any refusal → consent_refused. */
  'campaign:report': channel<SaveOutcome<{ fileName: string }>>()(
    z.object({ ...reportOptions, format: z.enum(EXPORT_FORMATS), fileName: z.string().min(1).max(200) }).strict(),
  ),
} as const;
