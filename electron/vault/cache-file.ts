import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildAad, hmac, open, seal, subkey, wipe } from './aead';
import { writeFileAtomic } from '../platform/atomic-write';
import { BODY_PADDING, FORMAT_VERSION, MAX_ITEM_FILE_BYTES, NONCE_BYTES } from './constants';

/**
 * Caches: data Harbor can always work out again from the items (the library's story summaries),
 * kept so that opening the vault need not decrypt every item. Like everything else in the vault
 * they are encrypted (under a subkey of the vault key, bound to the vault, the items generation and
 * the cache's name) and written atomically; unlike items they are never fsynced, never backed up
 * and not carried through a key rotation: a cache that is missing, stale, torn by a crash or does
 * not authenticate simply reads as null, and its owner rebuilds it from the items.
 *
 *   <vault>/items-NNNNNN/<40 hex>    MAGIC ‖ version ‖ nonce ‖ AES-256-GCM(JSON padded with spaces)
 * The file name is an HMAC of the cache's name, so it says nothing about what the cache holds.
 */

const MAGIC = Buffer.from('HRBC');
const HEAD_BYTES = MAGIC.length + 1 + NONCE_BYTES;
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

export interface CachePlace {
  vaultKey: Buffer;
  vaultId: Buffer;
  /** The active items directory (its name is bound in, so a cache from another generation fails). */
  itemsDir: string;
  itemsPath: string;
}

function checkName(name: string): void {
  if (!NAME_PATTERN.test(name)) throw new Error(`bad cache name: ${name}`);
}

function keyFor(p: CachePlace): Buffer {
  return subkey(p.vaultKey, 'harbor-vault/v1/cache');
}

const aadFor = (p: CachePlace, name: string) =>
  buildAad('harbor-vault/v1/cache', FORMAT_VERSION, p.vaultId, p.itemsDir, name);

export function cacheFile(p: CachePlace, name: string): string {
  checkName(name);
  const nameKey = subkey(p.vaultKey, 'harbor-vault/v1/cache-name');
  const file = hmac(nameKey, Buffer.from(name)).subarray(0, 20).toString('hex');
  wipe(nameKey);
  return path.join(p.itemsPath, file);
}

/** Where the vault notes caches that failed to authenticate, until `verify` reports them. */
const NOTES = 'damage-notes';
const MAX_NOTES = 20;

type CacheRead = { state: 'missing' } | { state: 'bad' } | { state: 'ok'; value: unknown };

async function readCacheFile(p: CachePlace, name: string): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    const file = cacheFile(p, name);
    const { size } = await fs.stat(file);
    if (size > MAX_ITEM_FILE_BYTES) return { state: 'bad' };
    bytes = await fs.readFile(file);
  } catch {
    // Stryker disable next-line ObjectLiteral,StringLiteral: every state but 'ok' and 'bad' reads as missing
    return { state: 'missing' };
  }
  // A file shorter than the head fails here (no version byte) or in `open` (no whole nonce and tag).
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC) || bytes[4] !== FORMAT_VERSION) return { state: 'bad' };
  const key = keyFor(p);
  const plain = open(key, bytes.subarray(5, HEAD_BYTES), bytes.subarray(HEAD_BYTES), aadFor(p, name));
  wipe(key);
  if (!plain) return { state: 'bad' };
  const text = plain.toString();
  wipe(plain);
  try {
    return { state: 'ok', value: JSON.parse(text) };
  } catch {
    return { state: 'bad' };
  }
}

/**
 * A cache that is there but does not authenticate was damaged or changed outside Harbor. Its owner
 * rebuilds it (which erases the evidence), so the fact is noted first, for `verify` to report: it
 * may be the first sign that someone touched the files.
 */
export async function readCache(p: CachePlace, name: string): Promise<unknown> {
  const read = await readCacheFile(p, name);
  if (read.state === 'ok') return read.value;
  // Damaged notes noted in themselves are replaced by notes naming them: reported all the same.
  if (read.state === 'bad') await noteDamagedCache(p, name).catch(() => undefined);
  return null;
}

async function readNotes(p: CachePlace): Promise<{ names: string[]; bad: boolean }> {
  const read = await readCacheFile(p, NOTES);
  if (read.state !== 'ok') return { names: [], bad: read.state === 'bad' };
  const names = (read.value as { damaged?: unknown } | null)?.damaged;
  return {
    names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string').slice(0, MAX_NOTES) : [],
    bad: false,
  };
}

async function noteDamagedCache(p: CachePlace, name: string): Promise<void> {
  const { names } = await readNotes(p);
  await writeCache(p, NOTES, { damaged: [...names, name].slice(-MAX_NOTES) });
}

/**
 * For `verify`: the caches found damaged since the last check (noted when they were read, or found
 * now among `names`). Reported once: the notes are cleared, and every cache named is fine again
 * once its owner rebuilds it.
 */
export async function takeCacheDamage(p: CachePlace, names: readonly string[]): Promise<string[]> {
  const notes = await readNotes(p);
  const found = new Set(notes.names);
  if (notes.bad) found.add(NOTES);
  for (const name of names) {
    if ((await readCacheFile(p, name)).state === 'bad') found.add(name);
  }
  // Cleared whether or not there were notes: a missing file is no error worth reporting.
  await fs.rm(cacheFile(p, NOTES)).catch(() => undefined);
  return [...found].sort();
}

export async function writeCache(p: CachePlace, name: string, data: unknown): Promise<void> {
  const json = JSON.stringify(data);
  const length = Buffer.byteLength(json);
  // Padded like item bodies, so the size moves in steps rather than with every edit.
  const plain = Buffer.alloc(Math.ceil((length + 1) / BODY_PADDING) * BODY_PADDING, 0x20);
  plain.write(json);
  const key = keyFor(p);
  const { nonce, ciphertext } = seal(key, plain, aadFor(p, name));
  wipe(key, plain);
  const bytes = Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION]), nonce, ciphertext]);
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: a cache is rebuilt from the items, so it is never synced; syncing it would change nothing a person sees
  await writeFileAtomic(cacheFile(p, name), bytes, { durable: false });
}
