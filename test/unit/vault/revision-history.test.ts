import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activeItemsPath } from '../../../electron/vault/testing';
import type { OpenVault } from '../../../electron/vault/types';
import { openVault } from '../../../electron/vault/index';
import { expectHarborError, newVault, PASS, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const revFile = (vault: OpenVault, id: string, revision: number) =>
  path.join(activeItemsPath(vault), id, String(revision).padStart(10, '0'));

/**
 * One changed byte in a revision's envelope (its kind, time and name), made while the vault is
 * closed (an open vault remembers what it wrote): the vault reopened, which no longer trusts it.
 */
async function damage(dir: string, vault: OpenVault, id: string, revision: number): Promise<OpenVault> {
  const file = revFile(vault, id, revision);
  await vault.close();
  const bytes = await fs.readFile(file);
  bytes[30]! ^= 0x40;
  await fs.writeFile(file, bytes);
  return openVault(dir, PASS);
}

const numbers = async (vault: OpenVault, id: string) => (await vault.revisions(id)).map((r) => r.revision);

describe("an item's versions", () => {
  it('are listed newest first with their time and only the names they have', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    const b = await vault.put(a.id, { v: 2 }, { revisionName: 'Sent' });
    const list = await vault.revisions(a.id);
    expect(list).toStrictEqual([
      { revision: 2, savedAt: b.savedAt, revisionName: 'Sent' },
      { revision: 1, savedAt: a.savedAt },
    ]);
    await vault.close();
  });

  it('a damaged version is left out of the list, reported when opened, and cannot be named', async () => {
    const made = await newVault();
    const a = await made.vault.create('story', { v: 1 });
    await made.vault.put(a.id, { v: 2 });
    await made.vault.put(a.id, { v: 3 });
    const vault = await damage(made.dir, made.vault, a.id, 2);
    expect(await numbers(vault, a.id)).toEqual([3, 1]);
    const error = await expectHarborError(vault.getRevision(a.id, 2), 'integrity');
    expect(error.messageKey).toBe('vault.revisionDamaged');
    const before = await fs.readFile(revFile(vault, a.id, 2));
    expect((await expectHarborError(vault.nameRevision(a.id, 2, 'Kept'), 'integrity')).messageKey).toBe(
      'vault.revisionDamaged',
    );
    expect((await fs.readFile(revFile(vault, a.id, 2))).equals(before)).toBe(true);
    // The good ones are untouched.
    expect((await vault.getRevision(a.id, 1)).data).toEqual({ v: 1 });
    expect((await vault.get(a.id)).data).toEqual({ v: 3 });
    await vault.close();
  });

  it('when every version is damaged the list says the item is damaged', async () => {
    const made = await newVault();
    const a = await made.vault.create('story', { v: 1 });
    const vault = await damage(made.dir, made.vault, a.id, 1);
    expect((await expectHarborError(vault.revisions(a.id), 'integrity')).messageKey).toBe('vault.itemDamagedOne');
    await vault.close();
  });

  it('a version that does not exist is not found, for any number', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    for (const revision of [0, 2, 1.5, -1, Number.NaN]) {
      await expectHarborError(vault.getRevision(a.id, revision), 'not_found');
      await expectHarborError(vault.nameRevision(a.id, revision, 'x'), 'not_found');
    }
    await vault.close();
  });

  it('naming a version keeps its words, its time and its kind; a name can be taken away again', async () => {
    const { vault } = await newVault();
    const a = await vault.create('testimony', { words: 'what happened' });
    const [first] = await vault.revisions(a.id);
    await vault.nameRevision(a.id, 1, 'For the lawyer');
    expect(await vault.revisions(a.id)).toStrictEqual([{ ...first, revisionName: 'For the lawyer' }]);
    const named = await vault.getRevision(a.id, 1);
    expect([named.kind, named.data]).toEqual(['testimony', { words: 'what happened' }]);
    await vault.nameRevision(a.id, 1, null);
    expect(await vault.revisions(a.id)).toStrictEqual([first]);
    await vault.close();
  });

  it('testimonies keep their history like stories; other kinds only their latest version', async () => {
    const made = await newVault();
    const t = await made.vault.create('testimony', { n: 1 });
    await made.vault.put(t.id, { n: 2 });
    expect(await numbers(made.vault, t.id)).toEqual([2, 1]);
    const s = await made.vault.create('template', { n: 1 });
    await made.vault.put(s.id, { n: 2 });
    expect(await numbers(made.vault, s.id)).toEqual([2]);
    // A damaged older version of a template goes too: nothing of it is kept but the latest.
    await fs.copyFile(revFile(made.vault, s.id, 2), revFile(made.vault, s.id, 1));
    const vault = await damage(made.dir, made.vault, s.id, 1);
    await vault.put(s.id, { n: 3 });
    expect(await fs.readdir(path.dirname(revFile(vault, s.id, 1)))).toEqual(['0000000003']);
    await vault.close();
  });
});

describe('an autosave that replaces the one before it', () => {
  it('removes only the version it directly follows, never a named one', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 0 });
    await vault.put(a.id, { n: 1 });
    await vault.put(a.id, { n: 2 }, { supersede: 2 });
    expect(await numbers(vault, a.id)).toEqual([3, 1]);
    await expectHarborError(vault.getRevision(a.id, 2), 'not_found');
    // Not the version directly before: nothing removed.
    await vault.put(a.id, { n: 3 }, { supersede: 1 });
    expect(await numbers(vault, a.id)).toEqual([4, 3, 1]);
    await vault.nameRevision(a.id, 4, 'Named');
    await vault.put(a.id, { n: 4 }, { supersede: 4 });
    expect(await numbers(vault, a.id)).toEqual([5, 4, 3, 1]);
    expect((await vault.getRevision(a.id, 4)).data).toEqual({ n: 3 });
    await vault.close();
  });

  it('keeps a damaged version it would have replaced (nothing is removed unread)', async () => {
    const made = await newVault();
    const a = await made.vault.create('story', { n: 0 });
    await made.vault.put(a.id, { n: 1 });
    const vault = await damage(made.dir, made.vault, a.id, 2);
    const bytes = await fs.readFile(revFile(vault, a.id, 2));
    await vault.put(a.id, { n: 2 }, { supersede: 2 });
    expect((await fs.readFile(revFile(vault, a.id, 2))).equals(bytes)).toBe(true);
    expect(await numbers(vault, a.id)).toEqual([3, 1]);
    await vault.close();
  });
});
