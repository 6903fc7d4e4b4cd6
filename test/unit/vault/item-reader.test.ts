import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemReader } from '../../../electron/vault/item-reader';
import { activeItemsPath, encodeItemFile, rawVaultKey } from '../../../electron/vault/testing';
import type { OpenVault } from '../../../electron/vault/types';
import type { VaultState } from '../../../electron/vault/vault-state';
import { expectHarborError, newVault, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

/** What a reader needs of an open vault: its folder, header and key (no lock: it only reads). */
function stateFor(dir: string, vault: OpenVault): VaultState {
  const items = path.basename(activeItemsPath(vault));
  return { dir, header: { vaultId: vault.id, itemsDir: items }, vaultKey: rawVaultKey(vault) } as VaultState;
}

async function damage(reader: ItemReader, s: VaultState, id: string, revision: number): Promise<void> {
  await fs.writeFile(reader.revisionFile(s, id, revision), 'damaged');
}

describe('the item reader', () => {
  it('keeps what it read of each version until told to forget that version, that item or everything', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    await vault.put(a.id, { n: 2 }, { revisionName: 'second' });
    const b = await vault.create('grant', { n: 1 });
    const s = stateFor(dir, vault);
    const reader = new ItemReader();
    const a1 = await reader.metaOf(s, a.id, 1);
    const a2 = await reader.metaOf(s, a.id, 2);
    const b1 = await reader.metaOf(s, b.id, 1);
    expect([a1?.kind, a2?.revisionName, b1?.kind]).toEqual(['story', 'second', 'grant']);
    for (const [id, revision] of [
      [a.id, 1],
      [a.id, 2],
      [b.id, 1],
    ] as const) {
      await damage(reader, s, id, revision);
    }
    // Remembered: the files are not read again.
    expect(await reader.metaOf(s, a.id, 1)).toEqual(a1);
    reader.forget(a.id, 2);
    expect(await reader.metaOf(s, a.id, 2)).toBeNull();
    expect(await reader.metaOf(s, a.id, 1)).toEqual(a1);
    reader.forget(b.id, 5);
    expect(await reader.metaOf(s, b.id, 1)).toEqual(b1);
    reader.forget(a.id);
    expect(await reader.metaOf(s, a.id, 1)).toBeNull();
    expect(await reader.metaOf(s, b.id, 1)).toEqual(b1);
    reader.forget();
    expect(await reader.metaOf(s, b.id, 1)).toBeNull();
    // What it remembers is what it is told, for a version it never read too.
    reader.remember(b.id, 7, b1);
    reader.remember(b.id, 8, null);
    expect(await reader.metaOf(s, b.id, 7)).toEqual(b1);
    expect(await reader.metaOf(s, b.id, 8)).toBeNull();
    await vault.close();
  });

  it('a version that is not there has nothing to say, and is asked again next time', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    const s = stateFor(dir, vault);
    const reader = new ItemReader();
    expect(await reader.metaOf(s, a.id, 2)).toBeNull();
    expect(await reader.readRevision(s, a.id, 2)).toBeNull();
    await vault.put(a.id, { n: 2 });
    expect((await reader.metaOf(s, a.id, 2))?.kind).toBe('story');
    expect((await reader.readRevision(s, a.id, 2)) as unknown).toMatchObject({ revision: 2, data: { n: 2 } });
    await vault.close();
  });

  it('reads the newest version that opens, of the kind asked for, and remembers what each said', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    await vault.put(a.id, { n: 2 });
    await vault.put(a.id, { n: 3 });
    const s = stateFor(dir, vault);
    const reader = new ItemReader();
    await damage(reader, s, a.id, 3);
    expect((await reader.readLatest(s, a.id, [3, 2, 1])) as unknown).toMatchObject({ revision: 2, data: { n: 2 } });
    expect(await reader.metaOf(s, a.id, 3)).toBeNull();
    expect(await reader.readLatest(s, a.id, [3, 2, 1], 'grant')).toBe('other-kind');
    expect((await reader.readLatest(s, a.id, [2], 'story')) as unknown).toMatchObject({ data: { n: 2 } });
    await damage(reader, s, a.id, 2);
    await damage(reader, s, a.id, 1);
    expect(await reader.readLatest(s, a.id, [3, 2, 1])).toBeNull();
    expect(await reader.metaOf(s, a.id, 1)).toBeNull();
    await vault.close();
  });

  it('lists the versions of an item, newest first; no item for a bad id, a missing or an empty folder', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    await vault.put(a.id, { n: 2 });
    const s = stateFor(dir, vault);
    const reader = new ItemReader();
    expect(await reader.revisionsOrThrow(s, a.id)).toEqual([2, 1]);
    const empty = 'ab'.repeat(16);
    await fs.mkdir(reader.itemDir(s, empty));
    for (const id of [empty, 'cd'.repeat(16), a.id.toUpperCase(), `${a.id}0`, 7, null, '../x']) {
      const error = await expectHarborError(reader.revisionsOrThrow(s, id), 'not_found');
      expect(error.messageKey).toBe('vault.noItem');
    }
    expect(reader.revisionFile(s, a.id, 2)).toBe(path.join(activeItemsPath(vault), a.id, '0000000002'));
    await vault.close();
  });
});

describe('where the item reader looks', () => {
  it("binds each version to the vault's and the item's id as bytes, and reads content that is not JSON as nothing", async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    const s = stateFor(dir, vault);
    const reader = new ItemReader();
    const place = reader.place(s, a.id, 2);
    expect(place).toEqual({ vaultId: Buffer.from(vault.id, 'hex'), itemId: Buffer.from(a.id, 'hex'), revision: 2 });
    await fs.writeFile(
      reader.revisionFile(s, a.id, 2),
      encodeItemFile(rawVaultKey(vault), place, { kind: 'story', savedAtMs: 1 }, '{"n":'),
    );
    expect(await reader.readRevision(s, a.id, 2)).toBeNull();
    expect((await reader.metaOf(s, a.id, 2))?.kind).toBe('story');
    // Forgetting what was never known is no error.
    reader.forget('ab'.repeat(16), 1);
    await vault.close();
  });
});
