import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchHarbor, type HarborApp } from './harness/launch';
import {
  completeFirstRun,
  freshDataDir,
  heading,
  lockFromShell,
  NEW_PASSPHRASE,
  PASSPHRASE,
  removeDataDir,
  shot,
  unlock,
} from './vault-steps';

describe('vault: lock, unlock and recover', () => {
  let dataDir: string;
  let app: HarborApp;
  let recoveryKey: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    const setup = await launchHarbor({ dataDir });
    recoveryKey = (await completeFirstRun(setup.page, { recoveryKey: true }))!;
    await lockFromShell(setup.page);
    await setup.close();
  });
  beforeEach(async () => {
    app = await launchHarbor({ dataDir });
    await heading(app.page, 'Welcome back');
  });
  afterEach(async () => {
    // Leave the vault locked for the next test (the writer lock is released on lock).
    await app.page.evaluate(() => window.harbor.vault.lock()).catch(() => undefined);
    await app.close();
  });
  afterAll(async () => {
    await removeDataDir(dataDir);
  });

  it('locks to the unlock screen with nothing of the open vault left in the page', async () => {
    const { page } = app;
    await unlock(page, PASSPHRASE);
    await heading(page, 'Library');
    await lockFromShell(page);

    const html = await page.content();
    expect(html).not.toContain(PASSPHRASE);
    expect(html).not.toContain('Your stories will appear here.');
    expect(html).not.toContain(recoveryKey.replace(/ /g, '-'));
    await expect(page.getByLabel('Passphrase', { exact: true }).inputValue()).resolves.toBe('');
    const status = await page.evaluate(() => window.harbor.vault.status());
    expect(status).toEqual({ ok: true, value: { exists: true, unlocked: false, hasRecoveryKey: null } });
    // Keyboard users land in the field.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('password');
    await shot(page, 'vault-07-unlock');
  });

  it('says a wrong passphrase plainly, keeps it selected, and the right one opens', async () => {
    const { page } = app;
    await unlock(page, 'not my passphrase at all');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toBe("That passphrase doesn't open this vault.");
    const field = page.getByLabel('Passphrase', { exact: true });
    await expect(field.inputValue()).resolves.toBe('not my passphrase at all');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    // The typed passphrase lives in the field's value, never in the page's HTML.
    expect(await page.content()).not.toContain('not my passphrase at all');
    await expect(
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return [el.selectionStart, el.selectionEnd, el.value.length];
      }),
    ).resolves.toEqual([0, 24, 24]);
    await shot(page, 'vault-08-unlock-wrong-passphrase');

    // Typing replaces the selected text.
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await heading(page, 'Library');
  });

  it('shows progress while the key is derived', async () => {
    const { page } = app;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    // Watch for the progress bar from inside the page so even a fast derivation is seen.
    const sawProgress = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const check = () => {
            const bar = document.querySelector('[role="progressbar"]');
            if (bar) resolve(document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(sawProgress).resolves.toBe('Opening your vault…');
    await heading(page, 'Library');
  });

  it('recovers with the recovery key and sets a new passphrase', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await heading(page, 'Use your recovery key');
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    await page.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type it again').fill(NEW_PASSPHRASE);
    await shot(page, 'vault-09-recover');
    await page.getByRole('button', { name: 'Open with recovery key' }).click();
    // The key just used stops working: the new one is shown once, before the app.
    await heading(page, 'Your new recovery key');
    // At 1024×768 and 160 % text the key still shows as two even lines of four groups, all in view.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.6'));
    const boxes = await page
      .getByTestId('recovery-key')
      .locator('.recovery-key__group')
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { top: Math.round(r.top), right: r.right };
        }),
      );
    const tops = [...new Set(boxes.map((b) => b.top))];
    expect(tops).toHaveLength(2);
    expect(tops.map((top) => boxes.filter((b) => b.top === top).length)).toEqual([4, 4]);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1024);
    await page.evaluate(() => document.documentElement.style.removeProperty('--text-scale'));
    const groups = await page.getByTestId('recovery-key').locator('.recovery-key__group').allTextContents();
    recoveryKey = groups.map((g) => g.trim()).join(' ');
    await page.getByLabel('I have put it somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Library');
    await lockFromShell(page);

    await unlock(page, PASSPHRASE);
    await expect(page.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toBe(
      "That passphrase doesn't open this vault.",
    );
    await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Library');

    // Put the first passphrase back for the other tests, through Settings.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    const section = page.getByRole('region', { name: 'Passphrase' });
    await section.getByLabel('Your current passphrase').fill(NEW_PASSPHRASE);
    await section.getByLabel('New passphrase').fill(PASSPHRASE);
    await section.getByLabel('Type it again').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    await section.getByText(/Your passphrase has been changed/).waitFor({ timeout: 30_000 });
  });

  it('says when a recovery key is wrong', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await heading(page, 'Use your recovery key');
    const wrong = recoveryKey.replace(/[A-Za-z0-9]/g, (c) => (c === 'A' ? 'B' : 'A'));
    await page.getByLabel('Recovery key', { exact: true }).fill(wrong);
    await page.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type it again').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Open with recovery key' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/recovery key/i);
    await shot(page, 'vault-10-recover-wrong-key');
  });
});
