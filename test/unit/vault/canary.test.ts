import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVault, restoreBackup } from '../../../electron/vault/index';
import { newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

/** Regular files under dir changed since `since`, to a bounded depth (os.tmpdir() can be large). */
async function recentFiles(dir: string, since: number, depth = 5): Promise<string[]> {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) out.push(...(await recentFiles(full, since, depth - 1)));
    else if (entry.isFile()) {
      const stat = await fs.stat(full).catch(() => null);
      if (stat && stat.mtimeMs >= since && stat.size < 64 * 1024 * 1024) out.push(full);
    }
  }
  return out;
}

describe('no plaintext on disk', () => {
  it('a canary written into a story appears in no file of the vault or the temp folder', async () => {
    const since = Date.now() - 2000;
    // Made at run time, so no source file or transform cache can contain it.
    const canary = `CANARY-${randomBytes(12).toString('hex')}`;
    const { dir, vault } = await newVault({ recoveryKey: true });
    const story = await vault.create('story', {
      title: `Title ${canary}`,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `It began ${canary} there.` }] }],
      },
      tags: [canary],
    });
    await vault.put(story.id, { title: canary, doc: { type: 'doc' }, tags: [] }, { revisionName: `Sent ${canary}` });
    await vault.nameRevision(story.id, 1, `First ${canary}`);
    const backupDir = await tempDir('canary-backup');
    await vault.backup(path.join(backupDir, 'harbor.backup'));
    await vault.rotateKeys();
    await vault.close();
    const restored = await restoreBackup(path.join(backupDir, 'harbor.backup'), path.join(backupDir, 'restored'), PASS);
    expect((await restored.get(story.id)).data).toMatchObject({ title: canary });
    await restored.close();
    const reopened = await openVault(dir, PASS);
    expect((await reopened.getRevision(story.id, 1)).revisionName).toBe(`First ${canary}`);
    await reopened.close();

    const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
    const files = [...(await recentFiles(dir, 0)), ...(await recentFiles(os.tmpdir(), since))];
    expect(files.length).toBeGreaterThan(4);
    for (const file of new Set(files)) {
      const bytes = await fs.readFile(file).catch(() => null);
      if (!bytes) continue;
      for (const needle of needles) expect(bytes.includes(needle), `canary found in ${file}`).toBe(false);
    }
  });
});
