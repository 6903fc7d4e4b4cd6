import { beforeEach, describe, expect, it } from 'vitest';
import { useWorkspaceApp } from './use-workspace-app';
import { heading, shot } from './vault-steps';
import { WORKSPACE_PASSPHRASE as PASSPHRASE } from './workspace-steps';

describe('vault: settings', () => {
  const app = useWorkspaceApp();

  beforeEach(async () => {
    // Tall enough that a screenshot shows the whole Settings page (only the work area scrolls).
    await app.page.setViewportSize({ width: 1280, height: 2200 });
    await app.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(app.page, 'Settings');
  });

  it('shows the settings calmly, in every theme', async () => {
    const { page } = app;
    await shot(page, 'vault-11-settings');
    for (const theme of ['Dark', 'High contrast', 'Light'] as const) {
      await page.getByRole('region', { name: 'Appearance' }).getByLabel(theme).check();
      await shot(page, `vault-12-settings-${theme.toLowerCase().replace(' ', '-')}`);
    }
    const prefs = await page.evaluate(() => window.harbor.prefs.get());
    expect(prefs.ok && prefs.value.theme).toBe('light');
  });

  it('checks vault integrity', async () => {
    const { page } = app;
    const section = page.getByRole('region', { name: 'Vault check' });
    await section.getByRole('button', { name: 'Check vault integrity' }).click();
    const status = section.getByRole('status');
    await status.getByText(/intact/).waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toMatch(/^(All \d+ items are intact\.|The one item in your vault is intact\.)$/);
  });

  it('creates a recovery key after asking for the passphrase', async () => {
    const { page } = app;
    const section = page.getByRole('region', { name: 'Recovery key', exact: true });
    await section.getByRole('button', { name: 'Create a recovery key' }).click();
    await section.getByLabel('Your current passphrase').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Create the key' }).click();
    await section.getByTestId('recovery-key').waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'vault-13-settings-new-recovery-key');
    await section.getByLabel('I have put it somewhere safe').check();
    await section.getByRole('button', { name: 'Done' }).click();
    await section.getByText('Your new recovery key is ready.').waitFor();
    const status = await page.evaluate(() => window.harbor.vault.status());
    expect(status.ok && status.value.hasRecoveryKey).toBe(true);
  });

  it('changes the passphrase: says the keys changed, shows the new recovery key, makes a new backup', async () => {
    const { page } = app;
    const next = 'a lantern by the river at morning 47';
    // A vault with a recovery key: changing the passphrase makes it a new one too.
    const made = await page.evaluate((passphrase) => window.harbor.vault.newRecoveryKey({ passphrase }), PASSPHRASE);
    expect(made.ok).toBe(true);
    const section = page.getByRole('region', { name: 'Passphrase' });
    await section.getByLabel('Your current passphrase').fill(PASSPHRASE);
    await section.getByLabel('New passphrase').fill(next);
    await section.getByLabel('Type it again').fill(next);
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    await section.getByText(/encrypted under new keys/).waitFor({ timeout: 60_000 });
    await section.getByText(/Backups you made before this still open with your old passphrase/).waitFor();
    await section.getByTestId('recovery-key').waitFor();
    await section.getByRole('button', { name: 'Make a new backup' }).click();
    await section.getByText(/Your new backup is saved/).waitFor({ timeout: 30_000 });
  });

  it('changes the language to Spanish and the whole UI follows', async () => {
    const { page } = app;
    await page.getByRole('region', { name: 'Language' }).getByLabel('Español').check();
    await heading(page, 'Ajustes');
    await page.getByRole('banner').getByRole('button', { name: 'Bloquear' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Biblioteca' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    const prefs = await page.evaluate(() => window.harbor.prefs.get());
    expect(prefs.ok && prefs.value.language).toBe('es');
    await shot(page, 'vault-14-settings-spanish');
    await page.getByRole('navigation').getByRole('button', { name: 'Biblioteca' }).click();
    await heading(page, 'Biblioteca');
    await page.getByText('Aquí aparecerán tus historias.').waitFor();
  });
});
