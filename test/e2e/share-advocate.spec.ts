import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentPackages } from '../../electron/share/index';
import { createVault } from '../../electron/vault/index';
import type { OpenVault } from '../../electron/vault/types';
import { FLOOR_KDF, writerSetup } from '../support/share-fixtures';
import { expectAxeClean } from './harness/axe';
import { useWorkspaceApp } from './use-workspace-app';
import { freshDataDir, heading, removeDataDir, shot } from './vault-steps';

/**
 * The writer's side runs in Node over a second real vault (their consent screens belong to the
 * consent work); the advocate's side is driven through the UI of a launched Harbor with its own vault.
 */
describe('share packages: an advocate adds a shared story, writes a receipt, and a withdrawal stops it', () => {
  // Each test starts from the advocate's empty vault; the package is the writer's, made once.
  const app = useWorkspaceApp();
  let writerDir: string;
  let writerVault: OpenVault;
  let files: string;
  let code: string;
  let packageFile: string;
  let packageId: string;

  beforeAll(async () => {
    writerDir = await freshDataDir();
    files = path.join(writerDir, 'files');
    await fs.mkdir(files);
    ({ vault: writerVault } = await createVault(path.join(writerDir, 'vault'), 'the writer passphrase', {
      kdf: FLOOR_KDF,
    }));
    const today = new Date();
    const expires = new Date(today.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
    const { story, grant } = await writerSetup(writerVault, { expiresOn: expires });
    const writer = createSentPackages({ vault: writerVault, kdf: FLOOR_KDF });
    const prepared = await writer.prepare({ storyId: story.id, grantId: grant.id, title: 'A story from the border' });
    packageFile = path.join(files, 'for-you.harbor-share');
    await fs.writeFile(packageFile, prepared.bytes);
    await prepared.commit('for-you.harbor-share');
    ({ shareCode: code, packageId } = prepared);
  }, 120_000);

  afterAll(async () => {
    await writerVault?.close();
    await removeDataDir(writerDir);
  });

  it('imports with the share code, shows the terms sentence and only the consented text', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Shared with me' }).click();
    await heading(page, 'Shared with me');
    await page.getByText('Nothing has been shared with you yet.').waitFor();
    await shot(page, 'share-00-shared-with-me');

    await page.getByTestId('share-package-input').setInputFiles(packageFile);
    await page.getByText('Chosen: for-you.harbor-share').waitFor();
    const codeField = page.getByLabel('Share code');
    // A wrong code first: a plain message, nothing added.
    await codeField.fill('abandon ability able about above absent absorb');
    await page.getByRole('button', { name: 'Open and add' }).click();
    await page.getByRole('alert').filter({ hasText: 'That share code does not open this package' }).waitFor();
    await expectAxeClean(page, 'a refused share code');
    // Typed as read out over the phone: capitals and spaces.
    await codeField.fill(code.toUpperCase().split('-').join(' '));
    await page.getByRole('button', { name: 'Open and add' }).click();

    const reader = page.getByRole('article', { name: 'A story from the border' });
    await reader.waitFor();
    await expect(reader.getByText('Can be quoted').count()).resolves.toBe(1);
    await reader
      .getByText(
        /^You may quote this for Senate Judiciary Committee \(a legislative committee\), for the hearing on SB 123, credited to 'M\. R\.'/,
      )
      .waitFor();
    const text = await reader.getByRole('textbox', { name: 'Shared story, read-only' }).innerText();
    expect(text).toContain('[name withheld] took me to [place withheld] in the spring.');
    for (const secret of ['Delgado', 'Tijuana', 'María', 'only for me']) expect(text).not.toContain(secret);
    await expect(
      reader.getByRole('textbox', { name: 'Shared story, read-only' }).getAttribute('contenteditable'),
    ).resolves.toBe('false');
    await shot(page, 'share-01-shared-story');
    await expectAxeClean(page, 'a shared story, read-only');
  });

  /** The package added through the bridge (the first test adds it through the screen), open in the reader. */
  async function openImported(): Promise<void> {
    const { page } = app;
    const base64 = (await fs.readFile(packageFile)).toString('base64');
    const added = await page.evaluate((input) => window.harbor.share.import(input), { base64, shareCode: code });
    if (!added.ok) throw new Error(`share:import failed: ${added.error.message}`);
    await page.reload();
    await heading(page, 'Library');
    await page.getByRole('button', { name: 'Shared with me' }).click();
    await heading(page, 'Shared with me');
    await page.getByRole('button', { name: 'Read: A story from the border' }).click();
    await page.getByRole('article', { name: 'A story from the border' }).waitFor();
  }

  it('writes a receipt the writer can read', async () => {
    const { page } = app;
    await openImported();
    const reader = page.getByRole('article', { name: 'A story from the border' });
    await reader.getByRole('button', { name: 'Write a receipt' }).click();
    await reader.getByText(/^Receipt saved as receipt-\d{4}-\d{2}-\d{2}\.harbor-receipt\./).waitFor();
    const saved = app.app.exportsDir;
    const [receiptName] = (await fs.readdir(saved)).filter((f) => f.startsWith('receipt-'));
    const seen = await createSentPackages({ vault: writerVault }).importReceipt(
      await fs.readFile(path.join(saved, receiptName!)),
    );
    expect(seen.packageId).toBe(packageId);
    expect(seen.lastReceiptAt).not.toBeNull();
  });

  it('a withdrawal from the writer removes the text and marks it withdrawn', async () => {
    const { page } = app;
    await openImported();
    const { bytes } = await createSentPackages({ vault: writerVault }).revoke(packageId, 'I changed my mind');
    const withdrawal = path.join(files, 'withdrawal.harbor-share');
    await fs.writeFile(withdrawal, bytes);

    await page.getByRole('button', { name: 'Back to the list' }).click();
    await heading(page, 'Shared with me');
    await page.getByTestId('share-revocation-input').setInputFiles(withdrawal);
    await page
      .getByText('The writer\u2019s withdrawal was applied to "A story from the border".')
      .or(page.getByText('The writer\'s withdrawal was applied to "A story from the border".'))
      .waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'A story from the border' });
    await card.getByText('Withdrawn').waitFor();
    await card.getByRole('button', { name: 'Read: A story from the border' }).click();
    const reader = page.getByRole('article', { name: 'A story from the border' });
    await reader.getByText(/The writer withdrew their consent on .*can no longer be quoted\./).waitFor();
    await reader.getByText(/^It could be quoted for Senate Judiciary Committee/).waitFor();
    await expect(reader.getByRole('textbox').count()).resolves.toBe(0);
    await shot(page, 'share-02-withdrawn');
    await expectAxeClean(page, 'a withdrawn shared story');
  });
});
