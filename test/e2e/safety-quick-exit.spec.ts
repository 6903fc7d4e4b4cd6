import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createDesktopStub } from './harness/desktop-stub';
import { useWorkspaceApp } from './use-workspace-app';
import { heading, lockFromShell, unlock } from './vault-steps';
import {
  editorBody,
  newStory,
  openStory,
  selectText,
  waitSaved,
  WORKSPACE_PASSPHRASE,
  type WorkspaceApp,
} from './workspace-steps';

const skipUnderElectron = process.env.HARBOR_E2E_ELECTRON === '1';

async function expectNothingOfTheStory(page: Page, ...texts: string[]): Promise<void> {
  const html = await page.content();
  for (const text of texts) expect(html).not.toContain(text);
}

/** Unlocks and opens the story again: what was typed just before the exit must be there. */
async function expectSaved(page: Page, title: string, text: string): Promise<void> {
  await unlock(page, WORKSPACE_PASSPHRASE);
  await heading(page, 'Library');
  await openStory(page, title);
  await expect(editorBody(page).textContent()).resolves.toContain(text);
}

/** Copies the selection with the keyboard and waits until Harbor has told the main process. */
async function copyWithKeyboard(app: WorkspaceApp, words: string): Promise<void> {
  const before = app.invoked?.filter((c) => c === 'safety:copied').length ?? 0;
  await selectText(app.page, words);
  await app.page.keyboard.press('Control+C');
  if (app.invoked) await expect.poll(() => app.invoked!.filter((c) => c === 'safety:copied').length).toBe(before + 1);
}

describe.skipIf(skipUnderElectron)('quick exit', () => {
  const os = createDesktopStub();
  const launched = useWorkspaceApp({ desktop: os.desktop });

  it('Escape three times: what was just typed is saved, and the neutral screen holds nothing of the story', async () => {
    const { page } = launched;
    const title = 'Where I slept in March';
    const text = 'The landlord kept my passport in the kitchen drawer.';
    await newStory(page, title);
    await page.keyboard.type(text);
    // No wait for the autosave: quick exit has to save it itself.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');

    const neutral = page.getByTestId('neutral-screen');
    await neutral.waitFor();
    await expect(page.title()).resolves.toBe('Notes');
    await expectNothingOfTheStory(page, title, text, 'passport');
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/harbor/i);

    // No way back from the Notes page, not even after a reload: only starting Harbor again leaves it.
    await expect(neutral.getByRole('button').count()).resolves.toBe(0);
    await expect(neutral.getByRole('link').count()).resolves.toBe(0);
    await page.reload();
    await page.getByTestId('neutral-screen').waitFor();
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/harbor|vault|welcome/i);
    // What a new start of the main process does (its neutral flag lives in memory only).
    await page.evaluate(() => window.harbor.safety.leaveNeutral());
    await page.reload();
    await heading(page, 'Welcome back');
    await expectNothingOfTheStory(page, title, text);
    await expectSaved(page, title, text);
  });

  it('the Quick exit button, set to minimize: the lock screen at once, the window minimized, the text saved', async () => {
    const { page } = launched;
    const minimizedBefore = os.minimized;
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await page.getByLabel('After a quick exit').selectOption('minimize');
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    const title = 'The second address';
    const text = 'We moved to the flat above the bakery on a Tuesday.';
    await newStory(page, title);
    await page.keyboard.type(text);
    await page.getByRole('banner').getByRole('button', { name: 'Quick exit' }).click();

    await heading(page, 'Welcome back');
    expect(os.minimized).toBe(minimizedBefore + 1);
    await expectNothingOfTheStory(page, title, text, 'bakery');
    await expectSaved(page, title, text);
  });

  it('clears Harbor’s text from the clipboard on quick exit and on lock, and leaves other programs’ text', async () => {
    const { page } = launched;
    const words = 'flat above the bakery';
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('After a quick exit').selectOption('minimize');
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await newStory(page, 'The second address');
    await page.keyboard.type(`We moved to the ${words}.`);
    await waitSaved(page);
    await copyWithKeyboard(launched.app, words);
    os.clipboard.text = words; // what the operating system now holds
    await page.getByRole('banner').getByRole('button', { name: 'Quick exit' }).click();
    await heading(page, 'Welcome back');
    expect(os.clipboard.text).toBe('');

    await expectSaved(page, 'The second address', words);
    await copyWithKeyboard(launched.app, words);
    os.clipboard.text = words;
    await lockFromShell(page);
    await expect.poll(() => os.clipboard.text).toBe('');

    await expectSaved(page, 'The second address', words);
    await copyWithKeyboard(launched.app, words);
    os.clipboard.text = 'a recipe copied from a web page'; // copied later, somewhere else
    await lockFromShell(page);
    await page.evaluate(() => window.harbor.safety.status()); // the lock has finished in the main process
    expect(os.clipboard.text).toBe('a recipe copied from a web page');
  });

  it('a shortcut chosen in Settings (Ctrl+Shift+Q) replaces Escape three times', async () => {
    const { page } = launched;
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await page.getByLabel('After a quick exit').selectOption('minimize');
    await page.getByLabel('Quick exit shortcut').selectOption('ctrl-shift-q');
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    const title = 'A third place';
    const text = 'The shelter on the corner had a green door.';
    await newStory(page, title);
    await page.keyboard.type(text);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    await expect(editorBody(page).textContent()).resolves.toContain(text);

    const minimizedBefore = os.minimized;
    await page.keyboard.press('Control+Shift+Q');
    await heading(page, 'Welcome back');
    expect(os.minimized).toBe(minimizedBefore + 1);
    await expectNothingOfTheStory(page, title, text, 'green door');
    await expectSaved(page, title, text);
  });
});

describe('disguise', () => {
  const launched = useWorkspaceApp();

  it('turned on in Settings, the window and the lock screen say "Notes" and nothing says Harbor', async () => {
    const { page } = launched;
    await expect(page.title()).resolves.toBe('Harbor');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await page.getByLabel('Show "Notes" instead of the real name').check();
    await expect(page.getByRole('banner').getByTestId('app-brand').textContent()).resolves.toBe('Notes');
    await expect(page.title()).resolves.toBe('Notes');

    await lockFromShell(page);
    await expect(page.getByTestId('app-brand').textContent()).resolves.toBe('Notes');
    await expect(page.title()).resolves.toBe('Notes');
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/harbor|vault/i);
    await page.getByText('Type your passphrase to open your notes.').waitFor();
  });
});

describe('wrong passphrases', () => {
  const launched = useWorkspaceApp();

  async function wrongTry(page: Page, n: number): Promise<void> {
    const unlockButton = page.getByRole('button', { name: 'Unlock' });
    await expect.poll(() => unlockButton.isEnabled(), { timeout: 15_000 }).toBe(true);
    await unlock(page, `not the passphrase ${n}`);
    await page.getByRole('alert').filter({ hasText: "doesn't open this vault" }).waitFor();
  }

  it('make each try after the third wait longer, say so, and never erase while erasing is off', async () => {
    const { page } = launched;
    await lockFromShell(page);
    for (let n = 1; n <= 3; n++) await wrongTry(page, n);
    await expect(page.getByTestId('attempt-wait').count()).resolves.toBe(0);

    await wrongTry(page, 4);
    await expect(page.getByTestId('attempt-wait').textContent()).resolves.toBe('You can try again in 2 seconds.');
    await expect(page.getByRole('button', { name: 'Unlock' }).isDisabled()).resolves.toBe(true);

    await wrongTry(page, 5);
    await expect(page.getByTestId('attempt-wait').textContent()).resolves.toBe('You can try again in 4 seconds.');

    // Off by default: five wrong tries in a row later, the vault still opens.
    await expect.poll(() => page.getByRole('button', { name: 'Unlock' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    await unlock(page, WORKSPACE_PASSPHRASE);
    await heading(page, 'Library');
  });

  it('erase the vault at the limit only once it was turned on with the passphrase', async () => {
    const { page } = launched;
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    const section = page.getByRole('region', {
      name: 'Erase this vault after too many wrong tries',
    });
    await section.getByLabel('Erase this vault after too many wrong tries').selectOption('5');
    await section.getByLabel('Your current passphrase').fill(WORKSPACE_PASSPHRASE);
    await section.getByRole('button', { name: 'Turn on' }).click();
    await section.getByText('This vault will be erased after 5 wrong tries in a row.').waitFor();

    await lockFromShell(page);
    for (let n = 1; n <= 4; n++) await wrongTry(page, n);
    await page.getByText('This vault is set to erase itself after one more wrong try.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Unlock' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    await unlock(page, 'not the passphrase 5');
    await heading(page, 'This vault has been erased');
    const status = await page.evaluate(() => window.harbor.vault.status());
    expect(status.ok && status.value.exists).toBe(false);

    await page.getByRole('button', { name: 'Start again' }).click();
    await heading(page, 'Welcome to Harbor');
  });
});
