import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCampaignReports, createCampaignService } from '../../../electron/campaigns';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createStoryService } from '../../../electron/stories/index';
import type { CampaignEditInput } from '../../../shared/campaign';
import { doc, para, sensitive, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';

const SURVIVOR = 'Quirina Vantongeren';
const MARKED = 'Odalys Brightwater';
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every text field of a campaign a person can type into, as a path and a way to put text there. */
const PLACES: [string, (c: CampaignEditInput, t: string) => void][] = [
  ['title', (c, t) => (c.title = t)],
  ['policyAsk', (c, t) => (c.policyAsk = t)],
  ['jurisdictionName', (c, t) => (c.jurisdictionName = t)],
  ['ask text', (c, t) => (c.asks![0]!.text = t)],
  ['ask reason', (c, t) => (c.asks![0]!.reason = t)],
  ['bill number', (c, t) => (c.bills![0]!.number = t.slice(0, 60))],
  ['bill title', (c, t) => (c.bills![0]!.title = t)],
  ['bill sponsor', (c, t) => (c.bills![0]!.sponsor = t)],
  ['amendment label', (c, t) => (c.bills![0]!.steps![0]!.amendments![0]!.label = t)],
  ['step note', (c, t) => (c.bills![0]!.steps![0]!.note = t)],
  ['partner name', (c, t) => (c.partners![0]!.name = t)],
  ['partner contact', (c, t) => (c.partners![0]!.contact = t)],
  ['office', (c, t) => (c.engagements![0]!.office = t)],
  ['asked', (c, t) => (c.engagements![0]!.asked = t)],
  ['promised', (c, t) => (c.engagements![0]!.promised = t)],
  ['speaker', (c, t) => (c.engagements![0]!.speakers = [t])],
  ['committee', (c, t) => (c.engagements![0]!.hearing!.committee = t)],
  ['follow-up', (c, t) => (c.engagements![0]!.followUps![0]!.text = t)],
  ['debrief', (c, t) => (c.engagements![0]!.debrief!.howItWent = t)],
  ['outcome note', (c, t) => (c.outcomes![0]!.note = t)],
];

const base = (): CampaignEditInput => ({
  title: 'Vacatur',
  policyAsk: 'Clear records',
  jurisdiction: 'us-state',
  asks: [{ id: 'ask-1', text: 'Pass SB 12', reason: 'Jobs' }],
  bills: [
    {
      id: 'bill-1',
      number: 'SB 12',
      steps: [{ id: 'st-1', kind: 'committee-vote', date: '2027-01-10', amendments: [{ id: 'am-1', label: 'A1' }] }],
    },
  ],
  partners: [{ id: 'ptr-1', name: 'Beacon', sector: 'faith', signOn: 'signed', signOrder: 1 }],
  engagements: [
    {
      id: 'eng-1',
      kind: 'hearing',
      office: 'Senate',
      date: '2027-01-12',
      hearing: { committee: 'Judiciary', billId: 'bill-1' },
      followUps: [{ id: 'fu-1', text: 'Thank', due: '2027-01-20' }],
      debrief: { recordedOn: '2027-01-13', howItWent: 'ok' },
    },
  ],
  outcomes: [
    { id: 'out-1', date: '2027-01-15', askId: 'ask-1', billId: 'bill-1', result: 'won', amendmentIds: ['am-1'] },
  ],
});

/** A name as someone might type it: whole or one part of it, in any case, in a phrase. */
const typed = (name: string) =>
  fc
    .tuple(
      fc.constantFrom(name, ...name.split(' ')),
      fc.constantFrom('lower', 'upper', 'as-is'),
      fc.constantFrom('', 'Ms. ', 'with '),
      fc.constantFrom('', '.', "'s file"),
    )
    .map(([part, cs, before, after]) => {
      const n = cs === 'lower' ? part.toLowerCase() : cs === 'upper' ? part.toUpperCase() : part;
      return `${before}${n}${after}`;
    });

describe('no field of a campaign carries a survivor into its report', () => {
  it('the survivor’s own name and a marked detail, whole or in part, typed anywhere, never reach the document', async () => {
    const vault = new FakeVault();
    await createProfileStore(vault).set({ fullName: SURVIVOR });
    await createStoryService(vault).create({
      title: 'Mine',
      doc: doc(para(text('My sister '), text(MARKED, sensitive('person', 'd1')), text(' found me.'))),
    });
    const campaigns = createCampaignService(vault);
    const reports = createCampaignReports({ vault, clock: () => new Date('2027-02-01T10:00:00Z') });
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(PLACES, { minLength: 1, maxLength: 4 }),
        fc.oneof(typed(SURVIVOR), typed(MARKED)),
        async (places, variant) => {
          const input = base();
          for (const [, put] of places) put(input, variant);
          const c = await campaigns.create(input);
          const prepared = await reports.prepare({ id: c.id, format: 'docx', language: 'en', paper: 'letter' });
          const out = fold(JSON.stringify(prepared.document));
          for (const part of [...SURVIVOR.split(' '), ...MARKED.split(' ')]) expect(out).not.toContain(fold(part));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
