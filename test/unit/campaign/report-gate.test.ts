import { describe, expect, it } from 'vitest';
import { campaignTextGate } from '../../../electron/campaigns';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createStoryService } from '../../../electron/stories/index';
import { PLACEHOLDERS } from '../../../shared/consent/placeholders';
import type { RedactableCategory } from '../../../shared/consent/grant';
import { doc, para, sensitive, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';

// What an advocate types into a campaign (a bill title, a partner, a note) leaves in its report and
// calendar file under no one's consent: the writer's name and every detail marked in any story must
// be withheld from it, whichever category the writer gave the detail and whether or not the story
// is in the trash.
const WRITER = 'Quirina Vantongeren';
const MARKED: [RedactableCategory, string][] = [
  ['person', 'Odalys Brightwater'],
  ['place', 'Villa Escondida'],
  ['date', 'March 3rd'],
  ['organization', 'Blue Lantern Staffing'],
  ['contact', 'odalys@example.org'],
  ['other', 'Case 4471'],
];

async function vaultWithStories() {
  const vault = new FakeVault();
  await createProfileStore(vault).set({ fullName: WRITER });
  const stories = createStoryService(vault);
  const [first, ...rest] = MARKED.map(([category, detail], i) =>
    para(text('About '), text(detail, sensitive(category, `d${i}`)), text('.')),
  );
  await stories.create({ title: 'Kept', doc: doc(first!) });
  const trashed = await stories.create({ title: 'Thrown away', doc: doc(...rest) });
  await stories.trash(trashed.id);
  // A spelling the writer added to a detail, never written marked.
  const [odalys] = await stories.details((await stories.list())[0]!.id);
  await stories.setDetails((await stories.list())[0]!.id, [
    { ...odalys!, variants: [...odalys!.variants, { text: 'Odita', on: true, added: true }] },
  ]);
  return vault;
}

describe('the release gate of a campaign’s own text', () => {
  it('withholds the writer’s name and each part of it', async () => {
    const gate = await campaignTextGate(await vaultWithStories(), 'en');
    expect(gate.fullName).toBe(WRITER);
    const out = gate.line(`The ${WRITER} Act; Quirina spoke; Vantongeren signed.`);
    expect(out).not.toMatch(/Quirina|Vantongeren/);
    expect(out).toContain('[name withheld]');
    expect(out).toContain(' Act; ');
  });

  it('withholds every marked detail of every category, from stories in the trash too, and added spellings', async () => {
    const gate = await campaignTextGate(await vaultWithStories(), 'en');
    for (const [category, detail] of MARKED) {
      expect(gate.line(`Partner: ${detail} (see notes)`), detail).toBe(
        `Partner: ${PLACEHOLDERS.en[category]} (see notes)`,
      );
    }
    expect(gate.line('Write to Odita soon')).toBe(`Write to ${PLACEHOLDERS.en.person} soon`);
  });

  it('words what it withholds in the report’s language, and leaves other text as typed', async () => {
    const gate = await campaignTextGate(await vaultWithStories(), 'es');
    expect(gate.line('Villa Escondida y Odalys Brightwater')).toBe(
      `${PLACEHOLDERS.es.place} y ${PLACEHOLDERS.es.person}`,
    );
    expect(gate.line('Pass SB 12 before June')).toBe('Pass SB 12 before June');
  });

  it('withholds nothing but the writer’s name in a vault without stories', async () => {
    const vault = new FakeVault();
    await createProfileStore(vault).set({ fullName: WRITER });
    const gate = await campaignTextGate(vault, 'en');
    expect(gate.line('Odalys Brightwater met Quirina')).toBe(`Odalys Brightwater met ${PLACEHOLDERS.en.person}`);
  });
});
