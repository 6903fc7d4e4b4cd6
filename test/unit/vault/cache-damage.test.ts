import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activeItemsPath } from '../../../electron/vault/testing';
import type { OpenVault } from '../../../electron/vault/types';
import { newVault, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const NAME = 'story-summaries';

async function cacheFiles(vault: OpenVault): Promise<string[]> {
  const items = activeItemsPath(vault);
  return (await fs.readdir(items)).filter((n) => /^[0-9a-f]{40}$/.test(n)).map((n) => path.join(items, n));
}

async function flipLastByte(file: string): Promise<void> {
  const bytes = await fs.readFile(file);
  bytes[bytes.length - 1]! ^= 0x01;
  await fs.writeFile(file, bytes);
}

describe('verify and derived data (caches)', () => {
  it('a cache that failed to authenticate and was rebuilt is reported once as changed outside Harbor', async () => {
    const { vault } = await newVault();
    await vault.create('story', { title: 'a' });
    await vault.writeCache(NAME, { v: 1 });
    const [file] = await cacheFiles(vault);
    await flipLastByte(file!);
    expect(await vault.readCache(NAME)).toBeNull();
    await vault.writeCache(NAME, { v: 1, rebuilt: true }); // the owner rebuilds it: the evidence is gone
    expect(await vault.readCache(NAME)).toEqual({ v: 1, rebuilt: true });

    const report = await vault.verify({ caches: [NAME] });
    expect(report.ok).toBe(false);
    expect(report.damaged).toEqual([{ itemId: 'cache', cache: NAME, problem: { key: 'integrity.cacheRebuilt' } }]);
    // Told once; the rebuilt cache is fine.
    expect((await vault.verify({ caches: [NAME] })).ok).toBe(true);
    await vault.close();
  });

  it('a damaged cache nobody has read yet is found by verify itself', async () => {
    const { vault } = await newVault();
    await vault.writeCache(NAME, { v: 1 });
    const [file] = await cacheFiles(vault);
    await flipLastByte(file!);
    const report = await vault.verify({ caches: [NAME] });
    expect(report.damaged.map((d) => [d.itemId, d.cache])).toEqual([['cache', NAME]]);
    await vault.close();
  });

  it('a missing cache is not damage', async () => {
    const { vault } = await newVault();
    expect(await vault.readCache(NAME)).toBeNull();
    expect((await vault.verify({ caches: [NAME] })).ok).toBe(true);
    await vault.close();
  });
});
