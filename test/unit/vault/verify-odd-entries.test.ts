import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activeItemsPath } from '../../../electron/vault/testing';
import { expectHarborError, newVault, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

/**
 * A folder made outside Harbor under a name a version file would have (a sync tool's conflict
 * copy, a curious person) is not a version Harbor saved: verify names it, and the story still opens.
 */
describe('a folder named like a saved version', () => {
  it('verify reports that version as damaged instead of failing, and the story still opens', async () => {
    const { vault } = await newVault();
    const story = await vault.create('story', { title: 'a' });
    await fs.mkdir(path.join(activeItemsPath(vault), story.id, '0000000002'));
    expect(await vault.verify()).toEqual({
      ok: false,
      checked: 2,
      damaged: [{ itemId: story.id, revision: 2, problem: { key: 'integrity.notAuthentic' } }],
    });
    expect((await vault.get(story.id)).data).toEqual({ title: 'a' });
    expect((await vault.revisions(story.id)).map((r) => r.revision)).toEqual([1]);
    await expectHarborError(vault.getRevision(story.id, 2), 'integrity');
    await vault.close();
  });

  it('the next save goes past it and reads back, and a backup can still be made', async () => {
    const { dir, vault } = await newVault();
    const story = await vault.create('story', { title: 'a' });
    await fs.mkdir(path.join(activeItemsPath(vault), story.id, '0000000002'));
    const saved = await vault.put(story.id, { title: 'b' });
    expect(saved.revision).toBe(3);
    expect((await vault.list()).map((r) => r.data)).toEqual([{ title: 'b' }]);
    await vault.backup(path.join(path.dirname(dir), 'backup.harbor-backup'));
    await vault.close();
  });
});
