import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activeItemsPath, encodeItemFile, rawVaultKey } from '../../../electron/vault/testing';
import type { OpenVault } from '../../../electron/vault/types';
import { formatMessage } from '../../../shared/error-text/error-catalog';
import { newVault, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

/**
 * verify() names what is wrong as a catalog key, never as an English sentence, so the settings
 * screen can say it in the person's language and the command line in English.
 */
const revFile = (vault: OpenVault, id: string, rev: number) =>
  path.join(activeItemsPath(vault), id, String(rev).padStart(10, '0'));

async function change(file: string, edit: (bytes: Buffer) => Buffer | void): Promise<void> {
  const bytes = await fs.readFile(file);
  await fs.writeFile(file, edit(bytes) ?? bytes);
}

describe('the problems verify() reports, as keys', () => {
  it('an item file that does not authenticate', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { title: 'a' });
    await change(revFile(vault, a.id, 1), (b) => void (b[b.length - 3]! ^= 0x01));
    expect((await vault.verify()).damaged).toEqual([
      { itemId: a.id, revision: 1, problem: { key: 'integrity.notAuthentic' } },
    ]);
    await vault.close();
  });

  it('an item file saved by a newer version of Harbor (a higher format byte)', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { title: 'a' });
    await vault.put(a.id, { title: 'a2' });
    await change(revFile(vault, a.id, 2), (b) => void (b[4] = b[4]! + 1));
    await change(revFile(vault, a.id, 1), (b) => b.subarray(0, 3));
    expect((await vault.verify()).damaged).toEqual([
      { itemId: a.id, revision: 2, problem: { key: 'integrity.newerVersion' } },
      { itemId: a.id, revision: 1, problem: { key: 'integrity.notAuthentic' } },
    ]);
    await vault.close();
  });

  it('a header that still parses but was changed, and one that no longer parses', async () => {
    const { dir, vault } = await newVault();
    const header = path.join(dir, 'vault.json');
    const original = await fs.readFile(header, 'utf8');
    const json = JSON.parse(original) as { mac: string };
    const mac = Buffer.from(json.mac, 'base64');
    mac[0]! ^= 0x01;
    await fs.writeFile(header, original.replace(json.mac, mac.toString('base64')));
    expect((await vault.verify()).damaged).toEqual([
      { itemId: 'vault.json', problem: { key: 'integrity.headerChanged' } },
    ]);
    await fs.writeFile(header, 'not a header');
    expect((await vault.verify()).damaged).toEqual([
      { itemId: 'vault.json', problem: { key: 'integrity.headerDamaged' } },
    ]);
    await fs.writeFile(header, original);
    expect((await vault.verify()).ok).toBe(true);
    await vault.close();
  });

  it('derived data that did not authenticate', async () => {
    const { vault } = await newVault();
    await vault.writeCache('story-summaries', { v: 1 });
    const items = activeItemsPath(vault);
    const [cache] = (await fs.readdir(items)).filter((n) => /^[0-9a-f]{40}$/.test(n));
    await change(path.join(items, cache!), (b) => void (b[b.length - 1]! ^= 0x01));
    expect((await vault.verify({ caches: ['story-summaries'] })).damaged).toEqual([
      { itemId: 'cache', cache: 'story-summaries', problem: { key: 'integrity.cacheRebuilt' } },
    ]);
    await vault.close();
  });

  it('each key words the English the command line has always printed', () => {
    const english = (key: Parameters<typeof formatMessage>[1]['key']) => formatMessage('en', { key });
    expect(english('integrity.notAuthentic')).toBe('damaged or changed outside Harbor (it does not authenticate)');
    expect(english('integrity.newerVersion')).toBe('saved by a newer version of Harbor');
    expect(english('integrity.headerChanged')).toBe('the vault header was changed outside Harbor');
    expect(english('integrity.headerDamaged')).toBe('the vault header is damaged');
    expect(english('integrity.cacheRebuilt')).toBe(
      'derived data was damaged or changed outside Harbor (rebuilt from the items)',
    );
  });
});

describe('the whole report verify() gives', () => {
  it('counts every version it checked and lists damage by item, newest version first, header and caches by name', async () => {
    const { dir, vault } = await newVault();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const item = await vault.create('story', { title: `story ${i}` });
      await vault.put(item.id, { title: `story ${i}, again` }, { revisionName: 'kept' });
      await vault.put(item.id, { title: `story ${i}, third` }, { revisionName: 'kept too' });
      ids.push(item.id);
    }
    await vault.writeCache('story-summaries', { v: 1 });
    const clean = await vault.verify({ caches: ['story-summaries'] });
    expect(clean).toEqual({ ok: true, checked: 9, damaged: [] });

    const [a, b, c] = [...ids].sort() as [string, string, string];
    // Damaged out of order: the last item first, the oldest version before the newest.
    for (const [id, rev] of [
      [c, 1],
      [a, 1],
      [c, 3],
      [a, 2],
      [a, 3],
    ] as const) {
      await change(revFile(vault, id, rev), (bytes) => void (bytes[bytes.length - 1]! ^= 0x01));
    }
    const items = activeItemsPath(vault);
    const [cache] = (await fs.readdir(items)).filter((n) => /^[0-9a-f]{40}$/.test(n));
    await change(path.join(items, cache!), (bytes) => void (bytes[bytes.length - 1]! ^= 0x01));
    await fs.writeFile(path.join(dir, 'vault.json'), 'not a header');

    const report = await vault.verify({ caches: ['story-summaries'] });
    const bad = { key: 'integrity.notAuthentic' };
    const expected = [
      { itemId: a, revision: 3, problem: bad },
      { itemId: a, revision: 2, problem: bad },
      { itemId: a, revision: 1, problem: bad },
      { itemId: c, revision: 3, problem: bad },
      { itemId: c, revision: 1, problem: bad },
      { itemId: 'cache', cache: 'story-summaries', problem: { key: 'integrity.cacheRebuilt' } },
      { itemId: 'vault.json', problem: { key: 'integrity.headerDamaged' } },
    ].sort((x, y) => (x.itemId === y.itemId ? 0 : x.itemId < y.itemId ? -1 : 1));
    expect(report).toEqual({ ok: false, checked: 9, damaged: expected });
    // The item with no damage still reads, and the damaged ones are named, never silently empty.
    expect((await vault.get(b)).data).toEqual({ title: `story ${ids.indexOf(b)}, third` });
    await vault.close();
  });

  it('a version that authenticates but whose content is not JSON is reported, not read as empty', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { title: 'a' });
    await vault.put(a.id, { title: 'a2' });
    const key = rawVaultKey(vault);
    const place = { vaultId: Buffer.from(vault.id, 'hex'), itemId: Buffer.from(a.id, 'hex'), revision: 2 };
    await fs.writeFile(
      revFile(vault, a.id, 2),
      encodeItemFile(key, place, { kind: 'story', savedAtMs: 1 }, '{"title":'),
    );
    expect(await vault.verify()).toEqual({
      ok: false,
      checked: 2,
      damaged: [{ itemId: a.id, revision: 2, problem: { key: 'integrity.notAuthentic' } }],
    });
    // The older version stands in for the unreadable one.
    expect((await vault.get(a.id)).data).toEqual({ title: 'a' });
    await vault.close();
  });
});

describe('what verify() finds in the folder', () => {
  it('an older vault.json of this very vault put back (its MAC is good) is reported as changed', async () => {
    const { dir, vault } = await newVault();
    const header = path.join(dir, 'vault.json');
    const before = await fs.readFile(header);
    await vault.setRecoveryKey();
    expect((await vault.verify()).ok).toBe(true);
    await fs.writeFile(header, before);
    expect((await vault.verify()).damaged).toEqual([
      { itemId: 'vault.json', problem: { key: 'integrity.headerChanged' } },
    ]);
    await vault.close();
  });

  it('a version that is a link to nowhere is damage; a file where an item folder should be is no item', async () => {
    if (process.platform === 'win32') return;
    const { vault } = await newVault();
    const a = await vault.create('story', { title: 'a' });
    await fs.symlink('/nowhere/at/all', revFile(vault, a.id, 2));
    await fs.writeFile(path.join(activeItemsPath(vault), 'ab'.repeat(16)), 'not a folder');
    expect(await vault.verify()).toEqual({
      ok: false,
      checked: 2,
      damaged: [{ itemId: a.id, revision: 2, problem: { key: 'integrity.notAuthentic' } }],
    });
    await vault.close();
  });

  it("leaves each item's history as it was: every version with its name, a version not JSON included", async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { title: 'a' });
    await vault.put(a.id, { title: 'a2' }, { revisionName: 'second' });
    await vault.put(a.id, { title: 'a3' });
    const key = rawVaultKey(vault);
    const place = { vaultId: Buffer.from(vault.id, 'hex'), itemId: Buffer.from(a.id, 'hex'), revision: 3 };
    await fs.writeFile(revFile(vault, a.id, 3), encodeItemFile(key, place, { kind: 'story', savedAtMs: 5 }, '{'));
    const history = [
      [3, undefined],
      [2, 'second'],
      [1, undefined],
    ];
    expect((await vault.revisions(a.id)).map((r) => [r.revision, r.revisionName])).toEqual(history);
    expect((await vault.verify()).damaged).toHaveLength(1);
    expect((await vault.revisions(a.id)).map((r) => [r.revision, r.revisionName])).toEqual(history);
    // A save after verify still numbers past every version and keeps the named one.
    await vault.put(a.id, { title: 'a4' });
    expect((await vault.get(a.id)).revision).toBe(4);
    expect((await vault.getRevision(a.id, 2)).data).toEqual({ title: 'a2' });
    await vault.close();
  });
});
