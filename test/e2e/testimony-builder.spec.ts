import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { docxParts, paragraphsWithNumbers } from '../support/docx-inspect';
import { clearFindings } from './consent-steps';
import { expectAxeClean } from './harness/axe';
import { builderStep, prepareTestimony, sectionText, waitTestimonySaved } from './testimony-steps';
import { heading } from './vault-steps';
import { hasExported, seedConsent, seedExport } from './seed-steps';
import {
  launchWithVault,
  markPerson,
  newStory,
  openStory,
  storedStory,
  waitSaved,
  type WorkspaceApp,
} from './workspace-steps';

const AUTHOR = 'Marisol Quintero Abad';
const TRAFFICKER = 'Dario Velasco';

/** The files in the exports folder (made with the first export). */
const exported = (app: WorkspaceApp) => readdir(app.exportsDir).catch(() => [] as string[]);

async function newExportedFile(app: WorkspaceApp, before: string[], name: string): Promise<Buffer> {
  const after = await exported(app);
  const added = after.filter((f) => !before.includes(f));
  expect(added).toEqual([name]);
  return readFile(path.join(app.exportsDir, added[0]!));
}

/** The consent and export steps, after "Export" in the builder: a new consent for the testimony and its story. */
async function consentAndExport(
  page: Page,
  options: { audience: string; formatName: string; firstExport: boolean; fileName: string },
) {
  if (options.firstExport) await page.getByRole('button', { name: "I'm ready to continue" }).click();
  await page.getByRole('heading', { name: 'Choose a consent' }).waitFor();
  await page
    .getByTestId('testimony-cover')
    .getByText(/each story it quotes: “The night shift”/)
    .waitFor();
  await page.getByRole('button', { name: 'Create a new consent' }).click();
  // The committee's name comes from the hearing details; its written testimony is public record.
  await expect(page.getByLabel('Their name', { exact: true }).inputValue()).resolves.toBe(options.audience);
  await page.getByRole('radio', { name: 'Initials', exact: true }).check();
  await page.getByRole('checkbox', { name: /usually becomes public record/ }).check();
  await page.getByRole('button', { name: 'Save consent' }).click();
  await page.getByRole('radio', { name: new RegExp(options.audience), checked: true }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Details that might identify someone' }).waitFor();
  await expectAxeClean(page, 'testimony: identifying-detail check');
  await clearFindings(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'What leaves Harbor' }).waitFor();
  const inFile = page.getByRole('region', { name: 'In the file' });
  await inFile.getByText('[name withheld]').first().waitFor();
  const previewText = (await inFile.textContent()) ?? '';
  expect(previewText).not.toContain(TRAFFICKER);
  expect(previewText).not.toContain(AUTHOR);
  await expectAxeClean(page, 'testimony: what leaves Harbor');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'File' }).waitFor();
  const formats = page.getByRole('group', { name: 'File type' }).getByRole('radio');
  await page.getByRole('radio', { name: options.formatName }).check();
  const offered = await formats.evaluateAll((inputs) => inputs.map((i) => i.parentElement?.textContent ?? ''));
  await page.getByLabel('File name', { exact: true }).fill(options.fileName);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('heading', { name: 'Exported' }).waitFor({ timeout: 30_000 });
  return { offered };
}

/** From a story to a file a committee can take, through the builder, with the real pipeline. */
describe('testimony builder, end to end', () => {
  let app: WorkspaceApp;

  beforeAll(async () => {
    app = await launchWithVault();
    await app.page.setViewportSize({ width: 1360, height: 900 });
    const set = await app.page.evaluate((fullName) => window.harbor.profile.set({ fullName }), AUTHOR);
    expect(set.ok).toBe(true);
    const { page } = app;
    await newStory(page, 'The night shift');
    await page.keyboard.type(`The man who drove the van was ${TRAFFICKER}. I worked every night and was never paid.`);
    await markPerson(page, TRAFFICKER);
    await waitSaved(page);
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('state written testimony: hearing details, sections with budgets, an excerpt, preview, consent, a Word file', async () => {
    const { page } = app;
    await prepareTestimony(page, 'State committee: written testimony');
    await page.getByLabel(/^Title \(only for you\)/).fill('SB 123 hearing');
    await page.getByLabel(/^Committee/).fill('Judiciary Committee');
    await page.getByLabel(/^Chair’s name/).fill('Ruiz');
    await page.getByLabel(/^Vice chair’s name/).fill('Lee');
    await page.getByLabel(/^Bill number/).fill('SB 123');
    await page.getByLabel(/^Your position/).selectOption('support');
    await page.getByLabel(/^Your city or district/).fill('Tacoma');
    await page.getByRole('button', { name: 'Next: write' }).click();

    await sectionText(page, 'Who I am and where I live').fill(
      'I am a survivor of labour trafficking and I live in Tacoma.',
    );
    await sectionText(page, 'My position on the bill').fill('I support SB 123.');
    const story = page.getByRole('region', { name: 'My story and its impact' });
    await story.getByRole('button', { name: 'Insert an excerpt from a story' }).click();
    await story.getByRole('checkbox', { name: /never paid/ }).check();
    await story.getByRole('button', { name: 'Insert selected paragraphs' }).click();
    await story.getByRole('list', { name: 'Excerpts quoted in “My story and its impact”' }).waitFor();
    await sectionText(page, 'What I am asking for').fill('Please pass this bill.');
    // A live budget: the whole document against the committee's 5,000 characters.
    await page
      .getByText(/of 5,000/)
      .first()
      .waitFor();
    await waitTestimonySaved(page);

    await page.getByRole('button', { name: 'Next: preview' }).click();
    const draft = page.getByTestId('draft-preview');
    await draft.getByText('Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:').waitFor();
    await draft.getByText('Testimony of [your name as the consent says] in Support of SB 123').waitFor();
    await page.getByRole('button', { name: 'Next: export' }).click();

    const before = await exported(app);
    const { offered } = await consentAndExport(page, {
      audience: 'Judiciary Committee',
      formatName: 'Word (DOCX)',
      firstExport: true,
      fileName: 'state-testimony',
    });
    expect(offered).toEqual(['Word (DOCX)', 'PDF']);
    const docx = await newExportedFile(app, before, 'state-testimony.docx');
    const paragraphs = paragraphsWithNumbers(docx).map((p) => p.replace(/\u00A0/g, ' '));
    expect(paragraphs.slice(0, 2)).toEqual(['Testimony of M. Q. A. in Support of SB 123', 'Judiciary Committee']);
    expect(paragraphs).toContain('Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:');
    expect(paragraphs).toContain('I support SB 123.');
    expect(paragraphs.some((p) => p.includes('[name withheld]') && p.includes('never paid'))).toBe(true);
    // The district is a place, and this consent removes places: the signature withholds it too.
    expect(paragraphs.slice(-2)).toEqual(['M. Q. A.', '[place withheld]']);
    for (const [part, xml] of docxParts(docx)) {
      expect(xml, part).not.toContain('Velasco');
      expect(xml, part).not.toContain('Quintero');
    }

    // The sharing history lists the testimony's export.
    await page.getByRole('navigation').getByRole('button', { name: 'Sharing history' }).click();
    await heading(page, 'Sharing history');
    await page
      .getByText(/Judiciary Committee/)
      .first()
      .waitFor();
  });

  it('UK written evidence: Word only, numbered paragraphs in the file', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    await openStory(page, 'The night shift');
    // After the test above, the vault has exported once; run alone, it exports once here first,
    // so the flow below is a second export (no reflection step) either way.
    if (!(await hasExported(page))) {
      const storyId = (await storedStory(page, 'The night shift')).id;
      const grantId = await seedConsent(page, storyId, 'Harbor Light Advocates', 'a first export');
      await seedExport(page, { storyId, grantId });
    }
    await prepareTestimony(page, 'UK select committee: written evidence');
    await page.getByLabel(/^Committee/).fill('Home Affairs Committee');
    await page.getByLabel(/^Inquiry or hearing title/).fill('Modern slavery');
    await builderStep(page, 'Write');
    await sectionText(page, 'Summary').fill('Victims are not paid\nNobody checks the farms');
    await sectionText(page, 'Introduction').fill('I worked on a farm for two years.\n\nI want to help others.');
    const evidence = page.getByRole('region', { name: 'My evidence' });
    await evidence.getByRole('button', { name: 'Insert an excerpt from a story' }).click();
    await evidence.getByRole('checkbox', { name: /never paid/ }).check();
    await evidence.getByRole('button', { name: 'Insert selected paragraphs' }).click();
    await sectionText(page, 'Recommendations').fill('Inspect farms every year.');
    await waitTestimonySaved(page);
    await builderStep(page, 'Export');
    await page.getByText('This committee does not accept PDF, so Harbor makes a Word file.').waitFor();

    const before = await exported(app);
    const { offered } = await consentAndExport(page, {
      audience: 'Home Affairs Committee',
      formatName: 'Word (DOCX)',
      firstExport: false,
      fileName: 'written-evidence',
    });
    expect(offered).toEqual(['Word (DOCX)']);
    const paragraphs = paragraphsWithNumbers(await newExportedFile(app, before, 'written-evidence.docx'));
    expect(paragraphs[0]).toBe('Written evidence submitted by M. Q. A.');
    // Every paragraph is numbered, the summary's points, the quotation and the recommendation included.
    expect(paragraphs).toContain('1. Victims are not paid');
    expect(paragraphs).toContain('3. I worked on a farm for two years.');
    expect(paragraphs).toContain('4. I want to help others.');
    expect(paragraphs.some((p) => /^5\. .*never paid/.test(p))).toBe(true);
    expect(paragraphs).toContain('6. Inspect farms every year.');
    // Still in the builder, after the export: back to the list of testimony.
    await page.getByRole('button', { name: 'Back to your testimony' }).click();
    await page.getByRole('list', { name: 'Your testimony' }).waitFor();
  });

  it('custom templates: duplicate and change one, save it as a file, and import it back; a hostile file is refused', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: 'Testimony' }).click();
    await heading(page, 'Testimony');
    await page.getByRole('button', { name: 'Your templates' }).click();
    await heading(page, 'Your templates');
    await page.getByRole('button', { name: 'Duplicate “Letter, email or public comment”' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Letter to my senator');
    await page.getByLabel('Most words', { exact: true }).fill('300');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('“Letter to my senator” is saved.').waitFor();

    const before = await exported(app);
    await page.getByRole('button', { name: 'Export as a file: “Letter to my senator”' }).click();
    await page.getByText(/The template is saved as .*\.harbor-template\.json/).waitFor();
    const added = (await exported(app)).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const file = path.join(app.exportsDir, added[0]!);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.template.name.en).toBe('Letter to my senator');
    expect(saved.template.limits.words).toBe(300);

    await page.getByRole('button', { name: 'Delete “Letter to my senator”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('The template was deleted.', { exact: false }).waitFor();
    const input = page.getByTestId('template-import-input');
    await input.setInputFiles(file);
    await page.getByText('“Letter to my senator” was added to your templates.').waitFor();
    await page.getByRole('button', { name: 'Edit “Letter to my senator”' }).waitFor();

    const hostile = path.join(app.exportsDir, 'hostile.json');
    await writeFile(
      hostile,
      JSON.stringify({
        format: 'harbor-testimony-template',
        template: { __proto__: { admin: true }, id: '../../etc' },
      }),
    );
    await input.setInputFiles(hostile);
    await page
      .getByRole('alert')
      .getByText(/This template cannot be used: .* Nothing was changed\./)
      .waitFor();
    await expectAxeClean(page, 'your templates with a refused import');
  });
});
