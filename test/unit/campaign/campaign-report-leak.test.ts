import { describe, expect, it } from 'vitest';
import { createCampaignReports, createCampaignService } from '../../../electron/campaigns';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createStoryService } from '../../../electron/stories/index';
import { HarborError } from '../../../shared/errors';
import { chartSvg } from '../../../shared/export/table-chart-svg';
import { doc, para, sensitive, text } from '../../support/doc-fixtures';
import { docxParts } from '../../support/docx-inspect';
import { FakeVault } from '../../support/fake-vault';
import { grantTerms, noPrinter } from '../../support/pipeline-fixtures';
import { engagement } from './campaign-fixture';

const SURVIVOR = 'Quirina Vantongeren';
const SISTER = 'Odalys Brightwater';
const NOW = new Date('2027-02-01T10:00:00Z');

/** Case-folded, accent-stripped, and with markup between every letter removed: how a leak test reads a file. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function setup() {
  const vault = new FakeVault();
  const clock = () => NOW;
  await createProfileStore(vault).set({ fullName: SURVIVOR });
  const story = await createStoryService(vault, { now: clock }).create({
    title: 'My story',
    doc: doc(
      para(text('My sister '), text(SISTER, sensitive('person', 'd1')), text(' found me.')),
      para(text('I could not rent a flat for years.')),
    ),
  });
  const grants = createGrantStore(vault, clock);
  const campaigns = createCampaignService(vault, { now: clock });
  const reports = createCampaignReports({ vault, clock, printer: noPrinter });
  return { vault, story, grants, campaigns, reports };
}

/** Every part of the DOCX, as text with tags removed, folded. */
const allText = (docx: Buffer) =>
  fold([...docxParts(docx).values()].map((xml) => xml.replace(/<[^>]+>/g, '')).join(' '));

describe('a campaign report cannot carry a survivor out', () => {
  it('withholds the survivor’s name and marked details wherever the advocate typed them', async () => {
    const { campaigns, reports } = await setup();
    const c = await campaigns.create({
      title: `Justice for ${SURVIVOR}`,
      policyAsk: `Clear the record of ${SURVIVOR.toUpperCase()}`,
      jurisdiction: 'us-state',
      asks: [{ id: 'ask-1', text: 'Pass SB 12', reason: `${SISTER} waited 6 years` }],
      bills: [
        {
          id: 'bill-1',
          number: 'SB 12',
          title: `The ${SURVIVOR} Act`,
          sponsor: 'Sen. Okafor',
          steps: [{ id: 'st-1', kind: 'introduced', date: '2027-01-10' }],
        },
        { id: 'bill-2', number: `HB ${SISTER}`, steps: [{ id: 'st-2', kind: 'introduced', date: '2027-01-11' }] },
      ],
      partners: [{ id: 'ptr-1', name: `${SISTER} Foundation`, sector: 'survivor-led', signOn: 'signed', signOrder: 1 }],
      engagements: [
        engagement({
          kind: 'hearing',
          office: `${SURVIVOR}'s hearing room`,
          asked: `${SURVIVOR} asked for relief`,
          promised: `call ${SISTER}`,
          speakers: [SURVIVOR],
          hearing: { billId: 'bill-2', committee: `Panel on ${SISTER}`, testimonyIds: [] },
          debrief: { recordedOn: '2027-02-02', howItWent: `${SURVIVOR} felt heard` },
          followUps: [{ id: 'fu-1', text: `Write to ${SISTER}`, due: '2027-02-05' }],
        }),
      ],
      outcomes: [{ id: 'out-1', date: '2027-01-20', askId: 'ask-1', result: 'won', note: `${SURVIVOR} cried` }],
    });
    const prepared = await reports.prepare({ id: c.id, format: 'docx', language: 'en', paper: 'letter' });
    expect(prepared.refusals).toEqual([]);
    const json = fold(JSON.stringify(prepared.document));
    const docx = await reports.render({ id: c.id, format: 'docx', language: 'en', paper: 'letter' });
    const inFile = allText(docx);
    // The pictures are pixels: what they show is their SVG, drawn from the gated table cells.
    const pictures = fold(
      prepared.document.blocks.flatMap((b) => (b.type === 'table' && b.chart ? [chartSvg(b)] : [])).join('\n'),
    );
    expect(pictures).toContain('sb 12');
    for (const secret of [SURVIVOR, SISTER, 'Quirina', 'Vantongeren', 'Odalys', 'Brightwater', 'felt heard']) {
      expect(json).not.toContain(fold(secret));
      expect(inFile).not.toContain(fold(secret));
      expect(pictures).not.toContain(fold(secret));
    }
    // The outcome's note leaves with the name withheld; what is not a survivor's still leaves.
    expect(json).toMatch(/anonymous cried|\[name withheld\] cried/);
    expect(inFile).toContain('sb 12');
    expect(inFile).toContain('okafor');
  });

  it('quotes an excerpt only under its consent, withholding what that consent withholds', async () => {
    const { story, grants, campaigns, reports } = await setup();
    const grant = await grants.create([story.id], grantTerms({ identity: { mode: 'initials' } }));
    const c = await campaigns.create({
      title: 'Vacatur',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      excerpts: [{ kind: 'story', id: 'ex-1', storyId: story.id, grantId: grant.id, blocks: [0, 1] }],
    });
    const prepared = await reports.prepare({ id: c.id, format: 'docx', language: 'en', paper: 'letter' });
    const json = JSON.stringify(prepared.document);
    expect(json).toContain('I could not rent a flat for years.');
    expect(json).toContain('— Q. V.');
    expect(json).not.toContain('Odalys');
    expect(json).not.toContain('Quirina');
  });

  it('refuses the whole report when an excerpt’s consent was withdrawn, naming that excerpt', async () => {
    const { story, grants, campaigns, reports } = await setup();
    const ok = await grants.create([story.id], grantTerms());
    const withdrawn = await grants.create([story.id], grantTerms());
    await grants.revoke(withdrawn.id, 'changed my mind');
    const c = await campaigns.create({
      title: 'Vacatur',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      excerpts: [
        { kind: 'story', id: 'ex-ok', storyId: story.id, grantId: ok.id, blocks: [1] },
        { kind: 'story', id: 'ex-gone', storyId: story.id, grantId: withdrawn.id, blocks: [1] },
        { kind: 'shared', id: 'ex-shared', sharedStoryId: 'shared-00000001', blocks: [0] },
      ],
    });
    const prepared = await reports.prepare({ id: c.id, format: 'docx', language: 'en', paper: 'letter' });
    expect(prepared.refusals.map((r) => [r.number, r.excerptId, r.refusal.code])).toEqual([
      [2, 'ex-gone', 'revoked'],
      [3, 'ex-shared', 'excerpt-not-allowed'],
    ]);
    const error = await reports.render({ id: c.id, format: 'docx', language: 'en', paper: 'letter' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('consent_refused');
    expect((error as HarborError).message).toContain('Excerpt 2 (ex-gone)');
    expect((error as HarborError).message).toContain('Excerpt 3 (ex-shared)');
  });

  it('refuses an excerpt in a file type its consent does not allow', async () => {
    const { story, grants, campaigns, reports } = await setup();
    const grant = await grants.create([story.id], grantTerms({ formats: ['docx'] }));
    const c = await campaigns.create({
      title: 'Vacatur',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      excerpts: [{ kind: 'story', id: 'ex-1', storyId: story.id, grantId: grant.id, blocks: [1] }],
    });
    expect((await reports.prepare({ id: c.id, format: 'docx', language: 'en', paper: 'letter' })).refusals).toEqual([]);
    const pdf = await reports.prepare({ id: c.id, format: 'pdf', language: 'en', paper: 'letter' });
    expect(pdf.refusals.map((r) => r.refusal.code)).toEqual(['format-not-allowed']);
  });

  it('gates a typed file name too', async () => {
    const { reports } = await setup();
    expect(await reports.fileName(`${SURVIVOR} report`, { format: 'pdf', language: 'en' })).not.toContain('Quirina');
  });
});
