import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../electron/vault/index';
import { FLOOR_KDF } from '../support/share-fixtures';
import { launchHarbor, type HarborApp } from './harness/launch';
import {
  completeFirstRun,
  freshDataDir,
  heading,
  lockFromShell,
  PASSPHRASE,
  removeDataDir,
  shot,
  unlock,
} from './vault-steps';

describe('vault: first run', () => {
  let dataDir: string;
  let app: HarborApp | null = null;

  beforeAll(async () => {
    dataDir = await freshDataDir();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(async () => {
    await removeDataDir(dataDir);
  });

  it('creates a vault with a recovery key and reaches the library', async () => {
    app = await launchHarbor({ dataDir });
    const { page } = app;
    const recoveryKey = await completeFirstRun(page, { recoveryKey: true, shots: true });
    expect(recoveryKey).toMatch(/\S{3,}( \S{3,}){3,}/);

    // The app shell: landmarks, the rail, Lock in the header, the calm empty library.
    await expect(page.getByRole('banner').getByRole('button', { name: 'Lock' }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('navigation').getByRole('button', { name: 'Library' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await page.getByText('Your stories will appear here.').waitFor();
    await page.getByRole('button', { name: 'Start a new story' }).waitFor();
    // The recovery key is gone from the page once it was stored.
    const html = await page.content();
    for (const form of [recoveryKey!, recoveryKey!.replace(/ /g, '-'), recoveryKey!.replace(/ /g, '')]) {
      expect(html).not.toContain(form);
    }
    await expect(page.getByTestId('recovery-key').count()).resolves.toBe(0);
    const status = await page.evaluate(() => window.harbor.vault.status());
    expect(status).toEqual({ ok: true, value: { exists: true, unlocked: true, hasRecoveryKey: true } });
    await shot(page, 'vault-06-library');

    await lockFromShell(page);
  });

  it('keeps the vault: a second launch on the same folder asks to unlock', async () => {
    // After the test above, its vault; run alone, one made here as first run makes it.
    if (!existsSync(path.join(dataDir, 'vault', 'vault.json'))) {
      const { vault } = await createVault(path.join(dataDir, 'vault'), PASSPHRASE, { kdf: FLOOR_KDF });
      await vault.close();
    }
    app = await launchHarbor({ dataDir });
    const { page } = app;
    await heading(page, 'Welcome back');
    await expect(page.getByRole('button', { name: 'Get started' }).count()).resolves.toBe(0);
    await unlock(page, PASSPHRASE);
    await heading(page, 'Library');
    await lockFromShell(page);
  });
});

describe('vault: first run without a recovery key', () => {
  it('can skip the recovery key', async () => {
    const dataDir = await freshDataDir();
    const app = await launchHarbor({ dataDir });
    try {
      const key = await completeFirstRun(app.page, { recoveryKey: false });
      expect(key).toBeNull();
      const status = await app.page.evaluate(() => window.harbor.vault.status());
      expect(status).toEqual({ ok: true, value: { exists: true, unlocked: true, hasRecoveryKey: false } });
      await lockFromShell(app.page);
    } finally {
      await app.close();
      await removeDataDir(dataDir);
    }
  });
});
