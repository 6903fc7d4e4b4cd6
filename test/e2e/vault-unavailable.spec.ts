import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchHarbor, type HarborApp } from './harness/launch';
import { freshDataDir, heading, removeDataDir, shot } from './vault-steps';

describe('vault: when Harbor cannot tell whether there is a vault', () => {
  let dataDir: string;
  let app: HarborApp | undefined;

  afterEach(async () => {
    await app?.close();
    await removeDataDir(dataDir);
  });

  it('says so calmly, is accessible, and tries again when asked', async () => {
    dataDir = await freshDataDir();
    // A vault file that points at itself: the disk answers, but not with a file Harbor can check.
    const header = path.join(dataDir, 'vault', 'vault.json');
    await mkdir(path.dirname(header), { recursive: true });
    await symlink('vault.json', header);
    app = await launchHarbor({ dataDir });
    const { page } = app;

    await heading(page, "Harbor couldn't open yet");
    await page.getByText('Nothing has been changed or lost.', { exact: false }).waitFor();
    await shot(page, 'vault-20-unavailable');
    await expectAxeClean(page, 'vault unavailable');

    await page.getByRole('button', { name: 'Try again' }).click();
    await heading(page, "Harbor couldn't open yet");

    await rm(header);
    await page.getByRole('button', { name: 'Try again' }).click();
    await heading(page, 'Welcome to Harbor');
  });
});
