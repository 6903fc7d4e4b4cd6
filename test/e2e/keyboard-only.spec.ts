import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, joinedText } from '../support/docx-inspect';
import { launchHarbor, type HarborApp } from './harness/launch';
import { activate, arrowTo, tabTo, typeInto } from './keyboard-steps';
import { escapeRegExp, words, type Language } from './locale-steps';
import { seedStory } from './seed-steps';
import { freshDataDir, heading, PASSPHRASE, removeDataDir } from './vault-steps';
import { editorBody, storedStory, waitSaved } from './workspace-steps';

const STORY: Record<Language, { title: string; text: string }> = {
  en: { title: 'Written by keyboard', text: 'Every word of this was typed without touching a mouse.' },
  es: { title: 'Escrita con el teclado', text: 'Cada palabra se escribió sin tocar el ratón, ni una sola vez.' },
};

describe.each(['en', 'es'] as const)(
  'keyboard only (%s): first run, writing, consent and export, without a mouse',
  (language) => {
    const t = words(language);
    let dataDir: string;
    let app: HarborApp;

    beforeAll(async () => {
      dataDir = await freshDataDir();
      app = await launchHarbor({ dataDir });
      await app.page.setViewportSize({ width: 1360, height: 900 });
    });
    afterAll(async () => {
      await app.page.evaluate(() => window.harbor.vault.lock()).catch(() => undefined);
      await app.close();
      await removeDataDir(dataDir);
    });

    /**
     * After the first test, its vault and story, on the library. Run alone, a test starts on first
     * run: the language, the vault and the story are made through the bridge instead.
     */
    async function libraryWithStory(): Promise<void> {
      const { page } = app;
      const status = await page.evaluate(() => window.harbor.vault.status());
      if (status.ok && status.value.exists) return;
      const set = await page.evaluate((language) => window.harbor.prefs.set({ language }), language);
      if (!set.ok) throw new Error(`prefs:set failed: ${set.error.message}`);
      const created = await page.evaluate(
        (passphrase) => window.harbor.vault.create({ passphrase, recoveryKey: false }),
        PASSPHRASE,
      );
      if (!created.ok) throw new Error(`vault:create failed: ${created.error.message}`);
      await seedStory(page, STORY[language].title, STORY[language].text);
      await page.reload();
      await heading(page, t('workspace.library.title'));
    }

    it('chooses the language, creates the vault, writes, and the words are saved', async () => {
      const { page } = app;
      await heading(page, 'Welcome to Harbor');
      if (language === 'es') {
        // The radio group: Tab into it, then an arrow key moves the choice (as every radio group does).
        await tabTo(page, 'English');
        await page.keyboard.press('ArrowDown');
        await heading(page, t('start.heading'));
      }
      await activate(page, t('app.start'));
      await heading(page, t('firstRun.about.heading'));
      await activate(page, t('common.continue'));
      await heading(page, t('safety.firstRun.heading'));
      await activate(page, t('common.continue'));
      await heading(page, t('firstRun.passphrase.heading'));
      await typeInto(page, new RegExp(`^${escapeRegExp(t('passphrase.newLabel'))}`), PASSPHRASE);
      await typeInto(page, new RegExp(`^${escapeRegExp(t('passphrase.confirmLabel'))}`), PASSPHRASE);
      await activate(page, t('common.continue'));
      await heading(page, t('firstRun.recoveryOffer.heading'));
      await activate(page, t('firstRun.recoveryOffer.skip'));
      await heading(page, t('workspace.library.title'));

      const story = STORY[language];
      // Let the library finish opening first, so the button Tab reaches is the one that stays.
      await page.getByText(t('workspace.library.empty')).waitFor();
      await activate(
        page,
        new RegExp(
          `^(${escapeRegExp(t('workspace.library.newStory'))}|${escapeRegExp(t('workspace.library.start'))})$`,
        ),
      );
      await page.getByRole('textbox', { name: t('workspace.editor.titleLabel') }).waitFor();
      // A new story puts the caret in its title; Enter moves into the text.
      await page.keyboard.type(story.title);
      await page.keyboard.press('Enter');
      await page.keyboard.type(story.text);
      await waitSaved(page);
      await expect(editorBody(page).textContent()).resolves.toContain(story.text);

      await tabTo(page, t('workspace.editor.backToLibraryLabel'), { backwards: true });
      await page.keyboard.press('Enter');
      await heading(page, t('workspace.library.title'));
      await page.getByText(story.title).waitFor();
      const stored = await storedStory(page, story.title);
      expect(JSON.stringify(stored.doc)).toContain(story.text);
    });

    it('makes a consent on its own page, by keyboard, and comes back to the same place in the story', async () => {
      const { page } = app;
      await libraryWithStory();
      const story = STORY[language];
      await activate(page, story.title);
      await editorBody(page).waitFor();
      // The caret starts at the end of the text.
      await tabTo(page, t('workspace.panel.details'));
      await page.keyboard.press('End'); // the last tab: Consent (arrow keys and Home/End move along the tabs)
      await activate(page, t('consent.panel.new'));
      const title = page.getByRole('heading', { level: 1, name: t('consent.form.newTitle') });
      await title.waitFor();
      await expect(title.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
      await expect(page.getByRole('button', { name: t('consent.panel.export') }).count()).resolves.toBe(0);

      await tabTo(page, t('consent.form.audienceKind'));
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // "An advocacy organization"
      await typeInto(page, t('consent.form.audienceName'), 'Casa Segura');
      await typeInto(page, t('consent.form.purpose'), language === 'es' ? 'su informe anual' : 'their annual report');
      // Anonymous is the safe default; its own preview sits beside it.
      await tabTo(page, new RegExp(`^${escapeRegExp(t('consent.form.identities.anonymous'))}`));
      const described = await page.evaluate(
        () => document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)?.textContent,
      );
      expect(described).toBe(t('consent.form.appearsAs', { name: language === 'es' ? 'Anónimo' : 'Anonymous' }));
      // The sentence sits beside the save button while the form is filled in.
      await page
        .getByTestId('grant-summary')
        .getByText(/Casa Segura/)
        .waitFor();

      // Escape does not drop what was filled in without asking; Enter on the first button stays.
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: t('flow.leave.title') }).waitFor();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await expect(page.getByLabel(t('consent.form.audienceName'), { exact: true }).inputValue()).resolves.toBe(
        'Casa Segura',
      );

      await activate(page, t('consent.form.save'));
      await page.getByText(t('consent.panel.created')).waitFor();
      // Back in the story with the caret where it was: typing goes on at the end of the text.
      await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
      await page.keyboard.type(' Done.');
      await expect(editorBody(page).textContent()).resolves.toContain(`${story.text} Done.`);
      await waitSaved(page);
      await tabTo(page, t('workspace.editor.backToLibraryLabel'), { backwards: true });
      await page.keyboard.press('Enter');
      await heading(page, t('workspace.library.title'));
    });

    it('grants consent and exports the story as a Word file', async () => {
      const { page } = app;
      await libraryWithStory();
      const story = STORY[language];
      await activate(page, story.title);
      await editorBody(page).waitFor();
      await activate(page, t('consent.panel.export'));
      await activate(page, t('consent.export.reflect.continue'));
      await activate(page, t('consent.export.grant.create'));

      await tabTo(page, t('consent.form.audienceKind'));
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // "An advocacy organization"
      await expect(page.getByLabel(t('consent.form.audienceKind')).inputValue()).resolves.toBe('advocacy-organization');
      await typeInto(page, t('consent.form.audienceName'), 'Harbor Light Advocates');
      await typeInto(page, t('consent.form.purpose'), language === 'es' ? 'un informe' : 'a briefing');
      // Anonymous is the safe default; Tab lands on the chosen radio of the group.
      await tabTo(page, new RegExp(`^${escapeRegExp(t('consent.form.identities.anonymous'))}`));
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
      await activate(page, t('consent.form.save'));

      await activate(page, t('consent.export.next')); // the new consent is chosen
      // Identifying-detail check: each candidate is decided ("fine to share") before Continue is available.
      await page.getByRole('heading', { name: t('consent.export.check.title') }).waitFor();
      const [before, after] = t('consent.export.check.clearOne', { text: '\u0000' }).split('\u0000');
      const clearLabel = new RegExp(`^${escapeRegExp(before!)}.+${escapeRegExp(after!)}$`);
      while ((await page.getByRole('button', { name: clearLabel }).count()) > 0) {
        const count = await page.getByRole('button', { name: clearLabel }).count();
        await activate(page, clearLabel);
        await page.waitForFunction(([n, sel]) => document.querySelectorAll(sel!).length < Number(n), [
          String(count),
          '.finding__clear',
        ] as const);
      }
      await activate(page, t('consent.export.next'));
      await page.getByRole('heading', { name: t('consent.export.preview.title') }).waitFor();
      await activate(page, t('consent.export.next'));
      await page.getByRole('heading', { name: t('consent.export.options.title') }).waitFor();
      await tabTo(page, new RegExp(`^(${escapeRegExp(t('consent.export.options.formats.docx'))}|PDF)$`));
      await arrowTo(page, t('consent.export.options.formats.docx'));
      await activate(page, t('consent.export.options.export'));
      await page.getByRole('heading', { name: t('consent.export.done.title') }).waitFor({ timeout: 30_000 });

      const files = await readdir(app.exportsDir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.docx$/);
      const body = joinedText(
        docxParts(await readFile(path.join(app.exportsDir, files[0]!))).get('word/document.xml')!,
      );
      expect(body).toContain(story.text);
      // The document's fixed words are in the language the person works in: the anonymous byline.
      expect(body).toContain(language === 'es' ? 'Anónimo' : 'Anonymous');
      expect(body).not.toContain(language === 'es' ? 'Anonymous' : 'Anónimo');
    });
  },
);
