import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/vault/index';
import { activeItemsPath, nodeVaultFs, openVaultWithFs, type VaultFs } from '../../../electron/vault/testing';
import { newVault, PASS, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

describe('key rotation', () => {
  it('names every version it could not carry over, in order of item and version, and keeps the rest', async () => {
    const { dir, vault } = await newVault();
    const items = [];
    for (let i = 0; i < 3; i++) {
      const item = await vault.create('story', { i, v: 1 });
      await vault.put(item.id, { i, v: 2 });
      await vault.put(item.id, { i, v: 3 }, { revisionName: `third ${i}` });
      items.push(item.id);
    }
    const [a, b, c] = [...items].sort();
    // Damaged out of order: the last item first, the newest version before the oldest.
    for (const [id, revision] of [
      [c!, 3],
      [a!, 3],
      [c!, 1],
      [a!, 1],
    ] as const) {
      await fs.writeFile(path.join(activeItemsPath(vault), id, String(revision).padStart(10, '0')), 'damaged');
    }
    const { skipped } = await vault.rotateKeys();
    expect(skipped).toEqual([
      { itemId: a, revision: 1 },
      { itemId: a, revision: 3 },
      { itemId: c, revision: 1 },
      { itemId: c, revision: 3 },
    ]);
    await vault.close();
    const again = await openVault(dir, PASS);
    for (const id of [a!, c!]) {
      expect((await again.revisions(id)).map((r) => r.revision)).toEqual([2]);
      expect((await again.get<{ v: number }>(id)).data.v).toBe(2);
    }
    expect((await again.revisions(b!)).map((r) => [r.revision, r.revisionName])).toEqual([
      [3, expect.stringMatching(/^third /)],
      [2, undefined],
      [1, undefined],
    ]);
    expect((await again.getRevision<{ v: number }>(b!, 1)).data.v).toBe(1);
    await again.close();
  });

  it('puts the new generation on disk, every file and its folders, before the vault switches to it', async () => {
    const { dir, vault: made } = await newVault();
    const story = await made.create('story', { v: 1 });
    await made.close();
    const synced: string[] = [];
    const vfs: VaultFs = {
      ...nodeVaultFs,
      syncFile: async (handle) => {
        synced.push('file');
        return nodeVaultFs.syncFile(handle);
      },
      syncDir: async (folder) => {
        synced.push(`folder ${path.relative(dir, folder)}`);
        return nodeVaultFs.syncDir(folder);
      },
    };
    const vault = await openVaultWithFs(dir, PASS, vfs);
    const before = path.relative(dir, activeItemsPath(vault));
    synced.length = 0;
    await vault.rotateKeys();
    const next = path.relative(dir, activeItemsPath(vault));
    expect(next).not.toBe(before);
    const switched = synced.lastIndexOf('file'); // vault.json, written last
    const generation = synced.indexOf(`folder ${next}`);
    expect(generation).toBeGreaterThanOrEqual(0);
    expect(generation).toBeLessThan(switched);
    expect(synced.indexOf(`folder ${path.join(next, story.id)}`)).toBeLessThan(switched);
    expect(synced.filter((what) => what === 'file').length).toBeGreaterThanOrEqual(2);
    await vault.close();
  });

  it('reports nothing skipped when every version carried over', async () => {
    const { vault } = await newVault();
    await vault.create('story', { v: 1 });
    expect(await vault.rotateKeys()).toEqual({});
    await vault.close();
  });

  it('the new generation is as private as the old: folders and files for the owner only', async () => {
    if (process.platform === 'win32') return;
    const { vault } = await newVault();
    const item = await vault.create('story', { t: 1 });
    await vault.rotateKeys();
    const items = activeItemsPath(vault);
    expect(path.basename(items)).toBe('items-000002');
    const mode = async (p: string) => (await fs.stat(p)).mode & 0o777;
    expect(await mode(items)).toBe(0o700);
    expect(await mode(path.join(items, item.id))).toBe(0o700);
    expect(await mode(path.join(items, item.id, '0000000001'))).toBe(0o600);
    await vault.close();
  });
});
