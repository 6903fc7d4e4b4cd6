import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParts, joinedText } from '../support/docx-inspect';
import { expectAxeClean } from './harness/axe';
import { decideCheck, exportDocx, grantConsent } from './consent-steps';
import { seedConsent, seedExport, seedStory, showLibrary } from './seed-steps';
import { useWorkspaceApp } from './use-workspace-app';
import { heading } from './vault-steps';
import { editorBody, markPerson, newStory, waitSaved } from './workspace-steps';

const SECRET = 'Dario Velasco';
const TITLE = 'The harbour at night';
const PHONE = '555-123-4567';

/** Story → consent → "What leaves Harbor" → a DOCX in the exports folder → the sharing history, through the UI. */
describe('consent and export, end to end with the real pipeline', () => {
  const harbor = useWorkspaceApp();

  it('exports a DOCX with the marked name replaced, and lists it in the sharing history', async () => {
    const { page } = harbor;
    await newStory(page, TITLE);
    await page.keyboard.type(
      `The man who drove the van was ${SECRET}. He called from ${PHONE}. I still remember the cold.`,
    );
    await markPerson(page, SECRET);
    await waitSaved(page);

    await grantConsent(page, { audience: 'Harbor Light Advocates', purpose: 'a briefing for the spring session' }, () =>
      expectAxeClean(page, 'consent form'),
    );

    await exportDocx(page, 'Harbor Light Advocates', {
      // The unmarked phone number blocks the export until it is decided.
      check: async () => {
        const next = page.getByRole('button', { name: 'Continue' });
        await page
          .getByRole('list', { name: 'Possible identifying details' })
          .getByText(PHONE, { exact: true })
          .waitFor();
        await page.getByText(/You can continue once every detail is decided/).waitFor();
        await expect(next.isDisabled()).resolves.toBe(true);
        await expectAxeClean(page, 'identifying-detail check');
        await page.getByRole('button', { name: `Mark as sensitive: “${PHONE}”` }).click();
        await page.getByText(/Harbor found nothing more that looks identifying/).waitFor();
        await expect(next.isDisabled()).resolves.toBe(false);
      },
      whatLeaves: async () => {
        const inFile = page.getByRole('region', { name: 'In the file' });
        await inFile.getByText('[name withheld]').first().waitFor();
        await expect(inFile.textContent()).resolves.not.toContain(SECRET);
        await expectAxeClean(page, 'what leaves Harbor');
      },
      file: async (fileName) => {
        // Named after the story's title, as the consent lets it out (it withholds nothing in it).
        expect(fileName).toBe(`${TITLE}.docx`);
      },
    });

    const written = await readdir(harbor.app.exportsDir);
    expect(written).toHaveLength(1);
    const docx = await readFile(path.join(harbor.app.exportsDir, written[0]!));
    // A placeholder's spaces are no-break spaces in the file (kept on one line); read as spaces.
    const body = joinedText(docxParts(docx).get('word/document.xml')!).replace(/\u00A0/g, ' ');
    expect(body).toContain('[name withheld]');
    expect(body).toContain('I still remember the cold.');
    expect(body.startsWith(TITLE)).toBe(true);
    for (const [part, xml] of docxParts(docx)) {
      expect(xml, part).not.toContain('Velasco');
      expect(xml, part).not.toContain(PHONE);
    }

    await page.getByRole('button', { name: 'Back to writing' }).first().click();
    await page.getByRole('navigation').getByRole('button', { name: 'Sharing history' }).click();
    await heading(page, 'Sharing history');
    await page.getByText(written[0]!).first().waitFor();
    await expectAxeClean(page, 'sharing history');
  });

  it('refuses in plain words to export under a withdrawn consent, and writes nothing', async () => {
    const { page } = harbor;
    // The story, its consent and one export already made (so the sharing history is not empty).
    const storyId = await seedStory(page, TITLE, 'I still remember the cold.');
    const grantId = await seedConsent(page, storyId, 'Harbor Light Advocates', 'a briefing for the spring session');
    await seedExport(page, { storyId, grantId });
    await showLibrary(page);
    const grants = await page.evaluate(() => window.harbor.consent.list());
    if (!grants.ok) throw new Error(grants.error.message);
    const revoked = await page.evaluate((id) => window.harbor.consent.revoke({ id, reason: '' }), grants.value[0]!.id);
    expect(revoked.ok).toBe(true);
    const story = await page.evaluate(() => window.harbor.story.list());
    if (!story.ok) throw new Error(story.error.message);
    const preview = await page.evaluate(
      ([storyId, grantId]) =>
        window.harbor.export.preview({ source: { kind: 'story', id: storyId! }, grantId: grantId!, format: 'docx' }),
      [story.value[0]!.id, grants.value[0]!.id] as const,
    );
    expect(preview.ok && preview.value.refusals.map((r) => r.code)).toContain('revoked');

    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    await page.getByRole('list', { name: 'Your stories' }).getByRole('button', { name: TITLE, exact: true }).click();
    await editorBody(page).waitFor();
    await page.getByRole('button', { name: 'Export…' }).first().click();
    await page.getByRole('radio', { name: /Harbor Light Advocates/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await decideCheck(page);
    await page.getByText("This can't be exported yet").waitFor();
    await page
      .getByText(/^This consent was withdrawn on \d{4}-\d{2}-\d{2}, so nothing can be exported under it\.$/)
      .waitFor();
    await expect(page.getByRole('button', { name: 'Continue' }).isDisabled()).resolves.toBe(true);
    expect(await readdir(harbor.app.exportsDir)).toHaveLength(1);
  });
});
