import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeItemsPath, nodeVaultFs, openVaultWithFs } from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDirs();
});

describe('the items of a vault', () => {
  it('are listed newest first; saved in the same moment, in a fixed order', async () => {
    const { vault } = await newVault();
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(Date.UTC(2026, 0, 1));
    const older = [await vault.create('story', { n: 1 }), await vault.create('story', { n: 2 })];
    now.mockReturnValue(Date.UTC(2026, 0, 2));
    const newest = await vault.create('story', { n: 3 });
    await vault.create('grant', { n: 4 });
    now.mockRestore();
    const sameMoment = older.map((r) => r.id).sort();
    expect((await vault.list('story')).map((r) => r.id)).toEqual([newest.id, ...sameMoment]);
    expect((await vault.list()).map((r) => r.kind).sort()).toEqual(['grant', 'story', 'story', 'story']);
    await expectHarborError(vault.list('nope' as never), 'invalid_input');
    await vault.close();
  });

  it('heads name each item with its newest version; an emptied item folder is no item', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    await vault.put(a.id, { n: 2 });
    const b = await vault.create('settings', { n: 1 });
    await fs.mkdir(path.join(activeItemsPath(vault), 'ab'.repeat(16)));
    const heads = await vault.heads();
    expect(heads.sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
      [
        { id: a.id, revision: 2 },
        { id: b.id, revision: 1 },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    expect((await vault.list()).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    await vault.close();
  });

  it('a save after a damaged newest version takes its kind from the one before, and numbers past it', async () => {
    const { vault } = await newVault();
    const a = await vault.create('testimony', { n: 1 });
    await fs.writeFile(path.join(activeItemsPath(vault), a.id, '0000000002'), 'damaged');
    const saved = await vault.put(a.id, { n: 3 });
    expect([saved.revision, saved.kind]).toEqual([3, 'testimony']);
    expect((await vault.get(a.id)).data).toEqual({ n: 3 });
    await vault.close();
  });

  it('an item whose every version is damaged cannot be saved over', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    await fs.writeFile(path.join(activeItemsPath(vault), a.id, '0000000009'), 'damaged');
    await fs.rm(path.join(activeItemsPath(vault), a.id, '0000000001'));
    await expectHarborError(vault.put(a.id, { n: 2 }), 'integrity');
    await expectHarborError(vault.get(a.id), 'integrity');
    await vault.close();
  });

  it('the last possible version number is used; past it, saving is refused', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    const dir = path.join(activeItemsPath(vault), a.id);
    await fs.writeFile(path.join(dir, '4294967294'), 'damaged');
    const last = await vault.put(a.id, { n: 2 });
    expect(last.revision).toBe(4294967295);
    const error = await expectHarborError(vault.put(a.id, { n: 3 }), 'invalid_input');
    expect(error.messageKey).toBe('vault.tooManyRevisions');
    expect((await vault.get(a.id)).data).toEqual({ n: 2 });
    await vault.close();
  });

  it('a name given with a save is kept with that version', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    const b = await vault.put(a.id, { n: 2 }, { revisionName: '  Sent  ' });
    expect(b.revisionName).toBe('Sent');
    const c = await vault.put(a.id, { n: 3 });
    expect(c).not.toHaveProperty('revisionName');
    expect((await vault.revisions(a.id)).map((r) => r.revisionName)).toEqual([undefined, 'Sent', undefined]);
    await vault.close();
  });
});

describe('destroying an item', () => {
  it('a failure other than "not there" is reported as it is, and the item stays', async () => {
    const { dir, vault: first } = await newVault();
    const a = await first.create('story', { n: 1 });
    await first.close();
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    const vault = await openVaultWithFs(dir, PASS, {
      ...nodeVaultFs,
      rename: async (from, to) => {
        if (path.basename(from) === a.id) throw denied;
        return nodeVaultFs.rename(from, to);
      },
    });
    const error = await vault.destroy(a.id).catch((e: unknown) => e);
    expect((error as { code?: string }).code).not.toBe('not_found');
    expect((await vault.get(a.id)).data).toEqual({ n: 1 });
    await expectHarborError(vault.destroy('cd'.repeat(16)), 'not_found');
    await expectHarborError(vault.destroy('../x'), 'not_found');
    // Not an id: never a path, not even the items folder itself.
    for (const id of ['', '.', '..']) await expectHarborError(vault.destroy(id), 'not_found');
    expect((await vault.get(a.id)).data).toEqual({ n: 1 });
    await vault.close();
  });
});

describe('saving items', () => {
  it('only known kinds are created or listed; a save needs an item that is there', async () => {
    const { vault } = await newVault();
    const unknown = await expectHarborError(vault.create('bogus' as never, { n: 1 }), 'invalid_input');
    expect(unknown.messageKey).toBe('vault.unknownKind');
    expect((await expectHarborError(vault.list('bogus' as never), 'invalid_input')).messageKey).toBe(
      'vault.unknownKind',
    );
    expect(await vault.list()).toEqual([]);
    await expectHarborError(vault.put('ab'.repeat(16), { n: 1 }), 'not_found');
    const grant = await vault.create('grant', { n: 1 });
    const story = await vault.create('story', { n: 1 });
    expect((await vault.list('grant')).map((r) => r.id)).toEqual([grant.id]);
    expect((await vault.list('story')).map((r) => r.id)).toEqual([story.id]);
    await vault.close();
  });

  it('what is saved is what reads back: the data as JSON, with its kind, version and time', async () => {
    const { vault } = await newVault();
    const at = Date.UTC(2026, 4, 1, 9, 30);
    vi.spyOn(Date, 'now').mockReturnValue(at);
    const created = await vault.create('story', { title: 'Rosa', when: new Date(at), gone: undefined });
    const expected = {
      id: created.id,
      kind: 'story',
      revision: 1,
      savedAt: new Date(at).toISOString(),
      data: { title: 'Rosa', when: new Date(at).toISOString() },
    };
    expect(created).toEqual(expected);
    expect(await vault.get(created.id)).toEqual(expected);
    const given = { title: 'Rosa D.', when: new Date(at), gone: undefined };
    const saved = await vault.put(created.id, given);
    // The data as it reads back (as JSON), not the object given: later changes to that stay out of it.
    expect(saved).toStrictEqual({
      ...expected,
      revision: 2,
      data: { title: 'Rosa D.', when: new Date(at).toISOString() },
    });
    given.title = 'changed after';
    expect(await vault.get(created.id)).toEqual(saved);
    await vault.close();
  });

  it('bytes their owner serialised are saved as they are, read back like any save, and reported without data', async () => {
    const { vault } = await newVault();
    const at = Date.UTC(2026, 4, 1, 9, 30);
    vi.spyOn(Date, 'now').mockReturnValue(at);
    await expectHarborError(vault.putJson('ab'.repeat(16), [Buffer.from('{}')]), 'not_found');
    // Not found is said first, whatever was given to save.
    await expectHarborError(vault.putJson('ab'.repeat(16), 'not bytes' as never), 'not_found');
    const created = await vault.create('story', { n: 1 });
    const pieces = ['{"n":', '2,"t":"é 😀 “x”"', '}'].map((s) => Buffer.from(s));
    const saved = await vault.putJson(created.id, pieces, { revisionName: 'Sent', supersede: 1 });
    expect(saved).toStrictEqual({
      id: created.id,
      kind: 'story',
      revision: 2,
      savedAt: new Date(at).toISOString(),
      revisionName: 'Sent',
    });
    expect(await vault.get(created.id)).toEqual({ ...saved, data: { n: 2, t: 'é 😀 “x”' } });
    // The version it replaces is gone, as with put().
    expect((await vault.revisions(created.id)).map((r) => [r.revision, r.revisionName])).toEqual([[2, 'Sent']]);
    const plain = await vault.putJson(created.id, [Buffer.from('[1]')]);
    expect(plain).toStrictEqual({
      id: created.id,
      kind: 'story',
      revision: 3,
      savedAt: new Date(at).toISOString(),
    });
    expect((await vault.get(created.id)).data).toEqual([1]);
    for (const bad of ['{}', [Buffer.from('{}'), '{}'], null]) {
      const refused = await expectHarborError(vault.putJson(created.id, bad as never), 'invalid_input');
      expect(refused.messageKey).toBe('vault.notStorable');
    }
    expect((await vault.revisions(created.id)).map((r) => r.revision)).toEqual([3, 2]);
    await vault.close();
  });

  it('kinds without history keep only their newest version, with or without an autosave replacing', async () => {
    const { vault } = await newVault();
    const grant = await vault.create('grant', { n: 1 });
    await vault.put(grant.id, { n: 2 });
    await vault.put(grant.id, { n: 3 }, { supersede: 2 });
    await vault.put(grant.id, { n: 4 });
    expect(await fs.readdir(path.join(activeItemsPath(vault), grant.id))).toEqual(['0000000004']);
    expect((await vault.get(grant.id)).data).toEqual({ n: 4 });
    await vault.close();
  });

  it('a version written again in another form keeps the time of the one it replaces, and only then', async () => {
    const { vault } = await newVault();
    const now = vi.spyOn(Date, 'now');
    const day = (d: number) => Date.UTC(2026, 2, d, 9);
    now.mockReturnValue(day(1));
    const a = await vault.create('story', { n: 0 });
    now.mockReturnValue(day(2));
    await vault.put(a.id, { n: 1 });
    now.mockReturnValue(day(5));
    const again = await vault.putJson(a.id, [Buffer.from('{"n":1}')], { supersede: 2, keepTime: true });
    expect(again.savedAt).toBe(new Date(day(2)).toISOString());
    expect(await vault.revisions(a.id)).toStrictEqual([
      { revision: 3, savedAt: new Date(day(2)).toISOString() },
      { revision: 1, savedAt: new Date(day(1)).toISOString() },
    ]);
    // Without keepTime, or replacing anything but the version directly before, it is now.
    now.mockReturnValue(day(6));
    expect((await vault.put(a.id, { n: 2 }, { supersede: 3 })).savedAt).toBe(new Date(day(6)).toISOString());
    now.mockReturnValue(day(7));
    expect((await vault.put(a.id, { n: 3 }, { supersede: 1, keepTime: true })).savedAt).toBe(
      new Date(day(7)).toISOString(),
    );
    expect((await vault.put(a.id, { n: 4 }, { keepTime: true })).savedAt).toBe(new Date(day(7)).toISOString());
    now.mockRestore();
    await vault.close();
  });

  it('a destroyed item is gone at once: not read, not listed, not saved over, nothing left of it', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { title: 'Rosa' });
    await vault.put(a.id, { title: 'Rosa D.' });
    const b = await vault.create('story', { title: 'other' });
    await vault.destroy(a.id);
    await expectHarborError(vault.get(a.id), 'not_found');
    await expectHarborError(vault.put(a.id, { title: 'again' }), 'not_found');
    await expectHarborError(vault.revisions(a.id), 'not_found');
    await expectHarborError(vault.destroy(a.id), 'not_found');
    expect((await vault.list()).map((r) => r.id)).toEqual([b.id]);
    expect(await fs.readdir(activeItemsPath(vault))).toEqual([b.id]);
    await vault.close();
  });
});

describe('the list of items', () => {
  it('runs newest first, and by id among those saved in the same moment, whatever order they were made in', async () => {
    const { vault } = await newVault();
    const now = vi.spyOn(Date, 'now');
    const base = Date.UTC(2026, 0, 1);
    now.mockReturnValue(base);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await vault.create('story', { i })).id);
    ids.sort();
    // The two lowest ids saved last, in the same moment; the rest one minute apart by id.
    for (const [i, id] of ids.entries()) {
      now.mockReturnValue(i < 2 ? base + 60 * 60_000 : base + i * 60_000);
      await vault.put(id, { i, again: true });
    }
    const [i0, i1, i2, i3, i4, i5] = ids;
    expect((await vault.list()).map((r) => r.id)).toEqual([i0, i1, i5, i4, i3, i2]);
    await vault.close();
  });

  it('a file where an item folder should be is no item; a damaged item is named in the error', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 1 });
    await fs.writeFile(path.join(activeItemsPath(vault), 'ab'.repeat(16)), 'not a folder');
    expect(await vault.heads()).toEqual([{ id: a.id, revision: 1 }]);
    await fs.writeFile(path.join(activeItemsPath(vault), a.id, '0000000001'), 'damaged');
    for (const attempt of [vault.get(a.id), vault.put(a.id, { n: 2 })]) {
      const error = await expectHarborError(attempt, 'integrity');
      expect(error.details).toEqual({ itemIds: [a.id] });
    }
    await vault.close();
  });
});
