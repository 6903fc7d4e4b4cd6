import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarbor, type HarborApp } from './harness/launch';
import { activate, tabTo, typeInto } from './keyboard-steps';
import { escapeRegExp, words, type Language } from './locale-steps';
import { freshDataDir, heading, PASSPHRASE, removeDataDir } from './vault-steps';
import { editorBody, storedStory, waitSaved } from './workspace-steps';

const STORY: Record<Language, { title: string; text: string }> = {
  en: { title: 'Written by keyboard', text: 'Every word of this was typed without touching a mouse.' },
  es: { title: 'Escrita con el teclado', text: 'Cada palabra se escribió sin tocar el ratón, ni una sola vez.' },
};

describe.each(['en', 'es'] as const)('keyboard only (%s): first run and writing, without a mouse', (language) => {
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
    await heading(page, t('firstRun.passphrase.heading'));
    await typeInto(page, new RegExp(`^${escapeRegExp(t('passphrase.newLabel'))}`), PASSPHRASE);
    await typeInto(page, new RegExp(`^${escapeRegExp(t('passphrase.confirmLabel'))}`), PASSPHRASE);
    await activate(page, t('common.continue'));
    await heading(page, t('firstRun.recoveryOffer.heading'));
    await activate(page, t('firstRun.recoveryOffer.skip'));
    await heading(page, t('workspace.library.title'));

    const story = STORY[language];
    await activate(page, new RegExp(`^(${escapeRegExp(t('workspace.library.newStory'))}|${escapeRegExp(t('workspace.library.start'))})$`));
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
});
