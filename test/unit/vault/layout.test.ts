import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEMP_PREFIX } from '../../../electron/platform/temp-prefix';
import { MAX_HEADER_BYTES, MAX_ITEM_FILE_BYTES } from '../../../electron/vault/constants';
import { ITEM_HEAD_BYTES } from '../../../electron/vault/item-file';
import {
  cleanUp,
  headerExists,
  isItemId,
  isRevision,
  listItemIds,
  listRevisions,
  readHeaderBytes,
  readItemBytes,
  readItemHead,
  revisionFileName,
} from '../../../electron/vault/layout';
import { expectHarborError, filesUnder, removeTempDirs, tempDir } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDirs();
});

const ID_A = 'a'.repeat(32);
const ID_B = 'b'.repeat(32);
const ID_C = 'c'.repeat(32);

describe('where a vault keeps its files', () => {
  it('names items by 32 lower-case hex digits and versions from 1 to 2^32 - 1, ten digits each', () => {
    expect(isItemId(ID_A)).toBe(true);
    for (const bad of ['A'.repeat(32), 'a'.repeat(31), 'a'.repeat(33), `../${'a'.repeat(29)}`, 42, null]) {
      expect(isItemId(bad)).toBe(false);
    }
    for (const good of [1, 2, 0xffffffff]) expect(isRevision(good)).toBe(true);
    for (const bad of [0, -1, 0x100000000, 1.5, '1', Number.NaN]) expect(isRevision(bad)).toBe(false);
    expect(revisionFileName(1)).toBe('0000000001');
    expect(revisionFileName(0xffffffff)).toBe('4294967295');
  });

  it('knows a vault by its header file: a missing folder, a folder of that name or a file in the way is none', async () => {
    const dir = await tempDir();
    expect(await headerExists(path.join(dir, 'missing'))).toBe(false);
    await fs.writeFile(path.join(dir, 'plain-file'), 'x');
    expect(await headerExists(path.join(dir, 'plain-file'))).toBe(false);
    await fs.mkdir(path.join(dir, 'odd', 'vault.json'), { recursive: true });
    expect(await headerExists(path.join(dir, 'odd'))).toBe(false);
    await fs.writeFile(path.join(dir, 'vault.json'), '{}');
    expect(await headerExists(dir)).toBe(true);
  });

  it('reads a header up to its largest size; says "no vault" when it is missing and "damaged" when too large', async () => {
    const dir = await tempDir();
    await expectHarborError(readHeaderBytes(dir), 'not_found');
    await fs.writeFile(path.join(dir, 'plain-file'), 'x');
    await expectHarborError(readHeaderBytes(path.join(dir, 'plain-file')), 'not_found');
    await fs.writeFile(path.join(dir, 'vault.json'), Buffer.alloc(MAX_HEADER_BYTES, 0x20));
    expect((await readHeaderBytes(dir)).length).toBe(MAX_HEADER_BYTES);
    await fs.writeFile(path.join(dir, 'vault.json'), Buffer.alloc(MAX_HEADER_BYTES + 1, 0x20));
    await expectHarborError(readHeaderBytes(dir), 'integrity');
    // The check's report says which file and why, for the person and for support.
    await expect(readHeaderBytes(dir)).rejects.toMatchObject({ details: { file: 'vault.json', problem: 'too large' } });
    await fs.rm(path.join(dir, 'vault.json'));
    await fs.mkdir(path.join(dir, 'vault.json'));
    await expectHarborError(readHeaderBytes(dir), 'integrity');
  });

  it('lists only item folders and version files by their exact names, items in order, versions newest first', async () => {
    const dir = await tempDir();
    expect(await listItemIds(path.join(dir, 'missing'))).toEqual([]);
    // Made in neither order: whatever order the file system lists them in, they come back sorted.
    const ids = ['3', 'e', '0', 'b', '9', 'a', '5'].map((digit) => digit.repeat(32));
    for (const name of [...ids, 'notes', `${ID_A}x`, 'A'.repeat(32)]) await fs.mkdir(path.join(dir, name));
    expect(await listItemIds(dir)).toEqual([...ids].sort());
    const item = path.join(dir, ID_A);
    for (const name of [
      '0000000002',
      '0000000010',
      '0000000001',
      '0000000000',
      '9999999999',
      '4294967295',
      '4294967296',
      '000000001',
      '00000000003',
      'x',
    ]) {
      await fs.writeFile(path.join(item, name), '');
    }
    // 2^32 - 1 is the last version there can be; one more is no version.
    expect(await listRevisions(item)).toEqual([4294967295, 10, 2, 1]);
    expect(await listRevisions(path.join(dir, 'gone'))).toBeNull();
    await fs.writeFile(path.join(dir, 'a-file'), '');
    expect(await listRevisions(path.join(dir, 'a-file', 'below'))).toBeNull();
  });

  it('reads a version whole at every size up to the largest, a larger one as empty, a missing one as nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '0000000001');
    expect(await readItemBytes(file)).toBeNull();
    // A folder made outside Harbor where a version belongs reads as empty (it will not
    // authenticate, so an older version is read instead), not as an error that stops the vault.
    await fs.mkdir(path.join(dir, '0000000002'));
    expect((await readItemBytes(path.join(dir, '0000000002')))?.length).toBe(0);
    expect((await readItemHead(path.join(dir, '0000000002')))?.length).toBe(0);
    for (const size of [0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300_000]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
      await fs.writeFile(file, bytes);
      expect((await readItemBytes(file))?.equals(bytes), `${size} bytes`).toBe(true);
      const head = await readItemHead(file);
      expect(head?.equals(bytes.subarray(0, ITEM_HEAD_BYTES)), `the head of ${size} bytes`).toBe(true);
    }
    // Sparse files: the largest size is read whole, one byte more not at all.
    await fs.truncate(file, MAX_ITEM_FILE_BYTES);
    expect((await readItemBytes(file))?.length).toBe(MAX_ITEM_FILE_BYTES);
    await fs.truncate(file, MAX_ITEM_FILE_BYTES + 1);
    expect((await readItemBytes(file))?.length).toBe(0);
    expect(await readItemHead(path.join(dir, 'gone'))).toBeNull();
  });

  it('a version cut short while it is read gives the bytes that were there, and the file is closed', async () => {
    const size = 100_000;
    const close = vi.fn(async () => undefined);
    const handle = {
      // The first read fills its buffer, the file then ends early.
      read: vi.fn(async (buffer: Buffer, offset: number, length: number) => {
        if (offset > 0) return { bytesRead: 0, buffer };
        buffer.fill(7, offset, offset + length);
        return { bytesRead: length, buffer };
      }),
      stat: async () => ({ size }),
      close,
    };
    vi.spyOn(fs, 'open').mockResolvedValue(handle as unknown as fs.FileHandle);
    const bytes = await readItemBytes('any');
    expect(bytes?.length).toBe(64 * 1024);
    expect(bytes?.every((b) => b === 7)).toBe(true);
    expect(handle.read).toHaveBeenCalledTimes(2);
    expect(close).toHaveBeenCalledOnce();
  });

  it('after a crash removes only what interrupted writes left: temp files, other generations, empty items', async () => {
    const dir = await tempDir();
    const items = path.join(dir, 'items-000002');
    const kept = path.join(items, ID_A);
    const empty = path.join(items, ID_B);
    await fs.mkdir(kept, { recursive: true });
    await fs.mkdir(empty);
    await fs.mkdir(path.join(dir, 'items-000001', ID_A), { recursive: true });
    await fs.writeFile(path.join(dir, 'items-000001', ID_A, '0000000001'), 'old');
    await fs.mkdir(path.join(dir, 'items-1'));
    await fs.writeFile(path.join(dir, 'vault.json'), '{}');
    await fs.writeFile(path.join(dir, `${TEMP_PREFIX}top`), 'partial');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'someone else’s');
    await fs.writeFile(path.join(items, `${TEMP_PREFIX}items`), 'partial');
    await fs.writeFile(path.join(items, 'stray'), 'someone else’s');
    // An empty folder of someone else's among the items: not an item, so not Harbor's to remove.
    await fs.mkdir(path.join(items, 'old photos'));
    await fs.writeFile(path.join(items, ID_C), 'a file with an item’s name');
    await fs.writeFile(path.join(kept, '0000000001'), 'kept');
    await fs.writeFile(path.join(kept, `${TEMP_PREFIX}item`), 'partial');
    await fs.writeFile(path.join(empty, `${TEMP_PREFIX}first`), 'partial');
    await cleanUp(dir, 'items-000002');
    expect(await filesUnder(dir)).toEqual(
      [
        path.join('items-000002', ID_A, '0000000001'),
        path.join('items-000002', ID_C),
        path.join('items-000002', 'stray'),
        'notes.txt',
        'vault.json',
      ].sort(),
    );
    expect((await fs.readdir(dir)).sort()).toEqual(['items-000002', 'items-1', 'notes.txt', 'vault.json']);
    // The item folder left empty (a create that crashed before its first save) is gone too.
    expect((await fs.readdir(items)).sort()).toEqual([ID_A, ID_C, 'old photos', 'stray'].sort());
    // A generation not made yet (a create that crashed before it) is no error.
    await cleanUp(dir, 'items-000003');
    expect((await fs.readdir(dir)).sort()).toEqual(['items-1', 'notes.txt', 'vault.json']);
  });

  it.skipIf(process.platform !== 'linux')('leaves no file open after reading versions whole or in part', async () => {
    const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
    const dir = await tempDir();
    const small = path.join(dir, 'small');
    const large = path.join(dir, 'large');
    await fs.writeFile(small, Buffer.alloc(100, 1));
    await fs.writeFile(large, Buffer.alloc(200_000, 2));
    const before = await openFiles();
    for (let i = 0; i < 3; i++) {
      expect((await readItemBytes(small))?.length).toBe(100);
      expect((await readItemBytes(large))?.length).toBe(200_000);
      expect((await readItemHead(large))?.length).toBe(ITEM_HEAD_BYTES);
    }
    expect(await openFiles()).toBe(before);
  });

  it('a file error other than "not there" is reported as it is, never read as a missing vault or version', async () => {
    const dir = await tempDir();
    const denied = () => Promise.reject(Object.assign(new Error('not allowed'), { code: 'EACCES' }));
    const spies = [
      vi.spyOn(fs, 'stat').mockImplementation(denied),
      vi.spyOn(fs, 'readdir').mockImplementation(denied),
      vi.spyOn(fs, 'open').mockImplementation(denied),
    ];
    try {
      const file = path.join(dir, 'x');
      for (const attempt of [
        headerExists(dir),
        readHeaderBytes(dir),
        listItemIds(dir),
        listRevisions(dir),
        readItemBytes(file),
        readItemHead(file),
      ]) {
        await expect(attempt).rejects.toMatchObject({ code: 'EACCES' });
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('cleaning up after a crash stops at an items folder it may not read, instead of taking it as empty', async () => {
    const dir = await tempDir();
    const items = path.join(dir, 'items-000001');
    await fs.mkdir(path.join(items, ID_A), { recursive: true });
    const readdir = fs.readdir.bind(fs);
    vi.spyOn(fs, 'readdir').mockImplementation(((target: string, ...rest: unknown[]) =>
      target === items
        ? Promise.reject(Object.assign(new Error('not allowed'), { code: 'EACCES' }))
        : (readdir as (...args: unknown[]) => Promise<unknown>)(target, ...rest)) as typeof fs.readdir);
    await expect(cleanUp(dir, 'items-000001')).rejects.toMatchObject({ code: 'EACCES' });
    vi.restoreAllMocks();
    // Nothing was removed meanwhile; a missing items folder, by contrast, is nothing to clean.
    expect(await listItemIds(items)).toEqual([ID_A]);
    await expect(cleanUp(dir, 'items-000002')).resolves.toBeUndefined();
  });
});
