/** Steps shared by the vault-*.spec.ts files: real vault, real Argon2id, driven through the UI. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const PASSPHRASE = 'a lantern by the quiet harbour';
export const NEW_PASSPHRASE = 'seven gulls over the grey pier';

export async function freshDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'harbor-vault-e2e-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Screenshots go to test-results/ for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

export async function heading(page: Page, name: string | RegExp, timeout = 30_000) {
  const h = page.getByRole('heading', { level: 1, name });
  await h.waitFor({ timeout });
  return h;
}

/**
 * Goes through first run from the language step. Returns the recovery key shown (or null when
 * skipped). With `shots`, saves a screenshot of every step.
 */
export async function completeFirstRun(
  page: Page,
  { recoveryKey, shots = false }: { recoveryKey: boolean; shots?: boolean },
): Promise<string | null> {
  await heading(page, 'Welcome to Harbor');
  if (shots) await shot(page, 'vault-01-first-run-language');
  await page.getByRole('button', { name: 'Get started' }).click();

  await heading(page, 'Before you begin');
  if (shots) await shot(page, 'vault-02-first-run-about');
  await page.getByRole('button', { name: 'Continue' }).click();

  await heading(page, 'A less noticeable name, if you want one');
  if (shots) await shot(page, 'vault-02b-first-run-disguise');
  await page.getByRole('button', { name: 'Continue' }).click();

  await heading(page, 'Choose a passphrase');
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByText(/^Strength:/).waitFor();
  if (shots) await shot(page, 'vault-03-first-run-passphrase');
  await page.getByRole('button', { name: 'Continue' }).click();

  await heading(page, 'A recovery key, if you want one');
  if (shots) await shot(page, 'vault-04-first-run-recovery-offer');
  if (!recoveryKey) {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await heading(page, 'Library');
    return null;
  }
  await page.getByRole('button', { name: 'Create a recovery key' }).click();

  await heading(page, 'Your recovery key');
  const groups = await page.getByTestId('recovery-key').locator('.recovery-key__group').allTextContents();
  if (shots) await shot(page, 'vault-05-first-run-recovery-key');
  await page.getByLabel('I have put it somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, 'Library');
  return groups.map((g) => g.trim()).join(' ');
}

/** Locks with the header button; the main process reloads the window onto the unlock screen. */
export async function lockFromShell(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
  await heading(page, 'Welcome back');
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
