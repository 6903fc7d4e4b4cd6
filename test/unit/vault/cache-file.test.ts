import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAad, hmac, seal, subkey } from '../../../electron/vault/aead';
import { cacheFile, readCache, takeCacheDamage, writeCache, type CachePlace } from '../../../electron/vault/cache-file';
import { MAX_ITEM_FILE_BYTES } from '../../../electron/vault/constants';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** A cache place of its own: a random vault key and id, in an empty items folder. */
async function place(): Promise<CachePlace> {
  const itemsPath = path.join(await tempDir('cache'), 'items-000001');
  await fs.mkdir(itemsPath);
  return { vaultKey: randomBytes(32), vaultId: randomBytes(16), itemsDir: 'items-000001', itemsPath };
}

const NAME = 'story-summaries';

/** Sealed as the cache would be, but with any plain bytes (the cache's own key and binding). */
function sealedCache(p: CachePlace, name: string, plain: Buffer, version = 1): Buffer {
  const key = subkey(p.vaultKey, 'harbor-vault/v1/cache');
  const { nonce, ciphertext } = seal(key, plain, buildAad('harbor-vault/v1/cache', 1, p.vaultId, p.itemsDir, name));
  return Buffer.concat([Buffer.from('HRBC'), Buffer.from([version]), nonce, ciphertext]);
}

describe('a cache file', () => {
  it('reads back what was written, under a name that says nothing of what it holds', async () => {
    const p = await place();
    await writeCache(p, NAME, { titles: ['Rosa Delgado'] });
    expect(await readCache(p, NAME)).toEqual({ titles: ['Rosa Delgado'] });
    const [file] = await fs.readdir(p.itemsPath);
    expect(file).toMatch(/^[0-9a-f]{40}$/);
    expect(path.join(p.itemsPath, file!)).toBe(cacheFile(p, NAME));
    const bytes = await fs.readFile(cacheFile(p, NAME));
    expect(bytes.includes(Buffer.from('Rosa'))).toBe(false);
    expect(bytes.includes(Buffer.from(NAME))).toBe(false);
    // Another name, another file; the same name in another vault, another file too.
    expect(cacheFile(p, 'other')).not.toBe(cacheFile(p, NAME));
    expect(cacheFile({ ...p, vaultKey: randomBytes(32) }, NAME)).not.toBe(cacheFile(p, NAME));
  });

  it('grows in steps of 256 bytes, not with every edit', async () => {
    const p = await place();
    const sizeFor = async (json: string) => {
      await writeCache(p, NAME, json);
      expect(await readCache(p, NAME)).toBe(json);
      return (await fs.stat(cacheFile(p, NAME))).size;
    };
    // A JSON string of n characters is n + 2 bytes; padded to hold at least one space after it.
    const head = 4 + 1 + 12 + 16;
    expect(await sizeFor('')).toBe(head + 256);
    expect(await sizeFor('x'.repeat(253))).toBe(head + 256);
    expect(await sizeFor('x'.repeat(254))).toBe(head + 512);
    expect(await sizeFor('x'.repeat(509))).toBe(head + 512);
  });

  it('is bound to its vault, its key generation and its name', async () => {
    const p = await place();
    await writeCache(p, NAME, { v: 1 });
    const bytes = await fs.readFile(cacheFile(p, NAME));
    for (const other of [
      { ...p, vaultId: randomBytes(16) },
      { ...p, itemsDir: 'items-000002' },
      { ...p, vaultKey: randomBytes(32) },
    ]) {
      await fs.writeFile(cacheFile(other, NAME), bytes);
      expect(await readCache(other, NAME)).toBeNull();
    }
    // Copied under another cache's name, it does not open either.
    await fs.writeFile(cacheFile(p, 'other'), bytes);
    expect(await readCache(p, 'other')).toBeNull();
  });

  it('only names of lower-case letters, digits and hyphens, a letter first, at most 40, are cache names', async () => {
    const p = await place();
    for (const name of ['a', 'a'.repeat(40), 'story-summaries-2']) expect(cacheFile(p, name)).toMatch(/[0-9a-f]{40}$/);
    for (const name of ['', '1a', '-a', 'A', 'a_b', 'a'.repeat(41), '../a', 'ab/', 'a b', 'xA']) {
      expect(() => cacheFile(p, name), name).toThrow();
    }
  });

  it("reads as nothing when missing, and as damage when too short, not Harbor's, of another version or not JSON", async () => {
    const p = await place();
    expect(await readCache(p, 'missing')).toBeNull();
    const good = sealedCache(p, 'good', Buffer.from('{"v":1}   '));
    await fs.writeFile(cacheFile(p, 'good'), good);
    expect(await readCache(p, 'good')).toEqual({ v: 1 });
    const bad: [string, Buffer][] = [
      ['short', good.subarray(0, 4 + 1 + 12 - 1)],
      ['header-only', good.subarray(0, 4 + 1 + 12)],
      ['magic', Buffer.concat([Buffer.from('HRBX'), good.subarray(4)])],
      ['version', sealedCache(p, 'version', Buffer.from('{"v":1}'), 2)],
      ['not-json', sealedCache(p, 'not-json', Buffer.from('{"v":'))],
    ];
    for (const [name, bytes] of bad) {
      await fs.writeFile(cacheFile(p, name), bytes);
      expect(await readCache(p, name), name).toBeNull();
    }
    // A file larger than any cache is not even read.
    await fs.writeFile(cacheFile(p, 'huge'), '');
    await fs.truncate(cacheFile(p, 'huge'), MAX_ITEM_FILE_BYTES + 1);
    expect(await readCache(p, 'huge')).toBeNull();
    // Every damaged one was noted (the header-only file too); the missing one was not.
    expect(await takeCacheDamage(p, [])).toEqual([...bad.map(([name]) => name), 'huge'].sort());
  });

  it('a file exactly as large as any cache may be is read', async () => {
    const p = await place();
    const json = '{"v":1}';
    const plain = Buffer.alloc(MAX_ITEM_FILE_BYTES - (4 + 1 + 12 + 16), 0x20);
    plain.write(json);
    await fs.writeFile(cacheFile(p, NAME), sealedCache(p, NAME, plain));
    expect(await readCache(p, NAME)).toEqual({ v: 1 });
    // One byte more and it is not read, though it would open.
    const over = Buffer.alloc(plain.length + 1, 0x20);
    over.write(json);
    await fs.writeFile(cacheFile(p, NAME), sealedCache(p, NAME, over));
    expect(await readCache(p, NAME)).toBeNull();
  });

  it("is named by an HMAC of its name under the vault key's cache-name subkey (the format)", async () => {
    const p = await place();
    const expected = hmac(subkey(p.vaultKey, 'harbor-vault/v1/cache-name'), Buffer.from('story-summaries'))
      .subarray(0, 20)
      .toString('hex');
    expect(cacheFile(p, 'story-summaries')).toBe(path.join(p.itemsPath, expected));
    expect(() => cacheFile(p, 'Bad')).toThrow('bad cache name: Bad');
  });
});

describe('damage noted for verify', () => {
  async function damage(p: CachePlace, name: string): Promise<void> {
    await writeCache(p, name, { v: 1 });
    const bytes = await fs.readFile(cacheFile(p, name));
    bytes[bytes.length - 1]! ^= 0x01;
    await fs.writeFile(cacheFile(p, name), bytes);
  }

  it('names each damaged cache once, in order, then forgets them; the notes themselves are a cache', async () => {
    const p = await place();
    for (const name of ['zeta', 'alpha', 'mid']) {
      await damage(p, name);
      expect(await readCache(p, name)).toBeNull();
    }
    expect(await readCache(p, 'alpha')).toBeNull(); // read twice, named once
    expect(await takeCacheDamage(p, [])).toEqual(['alpha', 'mid', 'zeta']);
    expect(await takeCacheDamage(p, [])).toEqual([]);
    expect(await fs.readdir(p.itemsPath)).toHaveLength(3);
  });

  it('keeps the latest twenty', async () => {
    const p = await place();
    const names = Array.from({ length: 22 }, (_, i) => `cache-${String(i).padStart(2, '0')}`);
    for (const name of names) {
      await damage(p, name);
      await readCache(p, name);
    }
    expect(await takeCacheDamage(p, [])).toEqual(names.slice(2));
  });

  it('finds damage among the caches it is given, unread, and reports damaged notes as such', async () => {
    const p = await place();
    await damage(p, 'unread');
    await writeCache(p, 'fine', { v: 1 });
    expect(await takeCacheDamage(p, ['unread', 'fine', 'missing'])).toEqual(['unread']);
    await damage(p, 'damage-notes');
    // Reading the damaged notes does not note the notes in themselves.
    expect(await readCache(p, 'damage-notes')).toBeNull();
    expect(await takeCacheDamage(p, [])).toEqual(['damage-notes']);
    expect(await takeCacheDamage(p, [])).toEqual([]);
  });

  it('notes of any other shape name nothing but the strings they hold', async () => {
    const p = await place();
    for (const notes of [null, [], 'alpha', { damaged: 'alpha' }, { damaged: null }]) {
      await writeCache(p, 'damage-notes', notes);
      expect(await takeCacheDamage(p, []), JSON.stringify(notes)).toEqual([]);
    }
    await writeCache(p, 'damage-notes', { damaged: ['beta', 7, null, 'alpha', { x: 1 }] });
    expect(await takeCacheDamage(p, [])).toEqual(['alpha', 'beta']);
    // More names than notes ever hold (written outside Harbor): the first twenty are read.
    const many = Array.from({ length: 25 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    await writeCache(p, 'damage-notes', { damaged: many });
    expect(await takeCacheDamage(p, [])).toEqual(many.slice(0, 20));
  });
});
