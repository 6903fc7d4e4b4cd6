import { describe, expect, it } from 'vitest';
import { createCampaignReports } from '../../../electron/campaigns';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createStoryService } from '../../../electron/stories/index';
import { doc, para, sensitive, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';
import { grantTerms, noPrinter } from '../../support/pipeline-fixtures';

const SURVIVOR = 'Quirina Vantongeren';
const SISTER = 'Odalys Brightwater';
const NOW = new Date('2027-02-01T10:00:00Z');

async function setup() {
  const vault = new FakeVault();
  const clock = () => NOW;
  await createProfileStore(vault).set({ fullName: SURVIVOR });
  const story = await createStoryService(vault, { now: clock }).create({
    title: 'My story',
    doc: doc(
      para(text('My sister '), text(SISTER, sensitive('person', 'd1')), text(' found me.')),
      para(),
      para(text('I could not rent a flat for years.')),
    ),
  });
  const grants = createGrantStore(vault, clock);
  const reports = createCampaignReports({ vault, clock, printer: noPrinter });
  return { story, grants, reports };
}

describe('an excerpt offered for a report, before it is chosen', () => {
  it('shows each paragraph as the gate releases it under the consent, never the original words', async () => {
    const { story, grants, reports } = await setup();
    const grant = await grants.create([story.id], grantTerms({ identity: { mode: 'initials' } }));
    const candidate = await reports.candidate({
      source: { kind: 'story', storyId: story.id, grantId: grant.id },
      number: 1,
      format: 'docx',
      language: 'en',
    });
    expect(candidate.refusal).toBeNull();
    // Empty paragraphs are not offered; the others keep their place in the story.
    expect(candidate.paragraphs.map((p) => p.index)).toEqual([0, 2]);
    const json = JSON.stringify(candidate);
    expect(json).toContain('I could not rent a flat for years.');
    expect(json).not.toContain('Odalys');
    expect(json).not.toContain('Quirina');
    expect(candidate.credit).toBe('— Q. V.');
  });

  it('answers a consent that forbids the report with its reason and no words at all', async () => {
    const { story, grants, reports } = await setup();
    const pdfOnly = await grants.create([story.id], grantTerms({ formats: ['pdf'] }));
    const refused = await reports.candidate({
      source: { kind: 'story', storyId: story.id, grantId: pdfOnly.id },
      number: 3,
      format: 'docx',
      language: 'en',
    });
    expect(refused).toEqual({
      refusal: expect.objectContaining({ code: 'format-not-allowed' }),
      paragraphs: [],
      credit: null,
    });
    const withdrawn = await grants.create([story.id], grantTerms());
    await grants.revoke(withdrawn.id, 'changed my mind');
    const revoked = await reports.candidate({
      source: { kind: 'story', storyId: story.id, grantId: withdrawn.id },
      number: 1,
      format: 'docx',
      language: 'en',
    });
    expect(revoked.refusal?.code).toBe('revoked');
    expect(JSON.stringify(revoked)).not.toContain('rent a flat');
    const shared = await reports.candidate({
      source: { kind: 'shared', sharedStoryId: 'shared-00000001' },
      number: 1,
      format: 'pdf',
      language: 'es',
    });
    expect(shared.refusal?.code).toBe('excerpt-not-allowed');
  });
});
