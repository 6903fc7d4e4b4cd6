import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from '../../../electron/vault/aead';
import { decodeItemFile, encodeItemFile, renameItemFile } from '../../../electron/vault/item-file';

// Every buffer item-file.ts zeroes is copied just before, and every key it draws is kept, so the
// test can tell which keys were zeroed and when (aead's own nonces are drawn inside aead.ts).
const seen = vi.hoisted(() => ({ wiped: [] as Buffer[], drawn: [] as { buffer: Buffer; copy: Buffer }[] }));
vi.mock('../../../electron/vault/aead', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/vault/aead')>();
  return {
    ...real,
    randomBytes: (n: number) => {
      const buffer = real.randomBytes(n);
      seen.drawn.push({ buffer, copy: Buffer.from(buffer) });
      return buffer;
    },
    wipe: (...buffers: (Uint8Array | null | undefined)[]) => {
      for (const b of buffers) if (b) seen.wiped.push(Buffer.from(b));
      real.wipe(...buffers);
    },
  };
});

const vaultKey = randomBytes(32);
const place = { vaultId: randomBytes(16), itemId: randomBytes(16), revision: 2 };
const meta = { kind: 'story' as const, savedAtMs: Date.UTC(2026, 0, 2), revisionName: 'first draft' };
const WORDS = JSON.stringify({ title: 'Rosa Delgado' });

/** Writes a revision and returns it with a copy of the item key it was sealed with. */
function written() {
  seen.drawn.length = 0;
  const bytes = encodeItemFile(vaultKey, place, meta, WORDS);
  const [itemKey] = seen.drawn;
  return { bytes, itemKey: itemKey! };
}

/** Whether exactly this key (not a longer buffer that begins with it) was zeroed. */
const keyWasWiped = (key: Buffer) => seen.wiped.some((b) => b.equals(key));

afterEach(() => {
  seen.wiped.length = 0;
});

describe("a revision's item key does not stay in memory", () => {
  it('after writing: the key, the envelope holding it and the padded words are zeroed', () => {
    const { bytes, itemKey } = written();
    expect(itemKey.buffer.equals(Buffer.alloc(32))).toBe(true);
    expect(keyWasWiped(itemKey.copy)).toBe(true);
    // The envelope's plaintext begins with the item key; the body's holds the words.
    expect(seen.wiped.some((b) => b.length > 32 && b.subarray(0, 32).equals(itemKey.copy))).toBe(true);
    expect(seen.wiped.some((b) => b.includes(WORDS))).toBe(true);
    expect(decodeItemFile(vaultKey, place, bytes)).toEqual({ ok: true, meta, json: WORDS });
  });

  it('after reading, whether its words were wanted or not', () => {
    const { bytes, itemKey } = written();
    for (const wantKind of [undefined, () => true, () => false]) {
      seen.wiped.length = 0;
      expect(decodeItemFile(vaultKey, place, bytes, wantKind).ok).toBe(true);
      expect(keyWasWiped(itemKey.copy)).toBe(true);
    }
  });

  it('after renaming, which keeps the same key for the same words', () => {
    const { bytes, itemKey } = written();
    seen.wiped.length = 0;
    const renamed = renameItemFile(vaultKey, place, bytes, 'second draft');
    expect(renamed?.meta).toEqual({ ...meta, revisionName: 'second draft' });
    expect(keyWasWiped(itemKey.copy)).toBe(true);
    expect(decodeItemFile(vaultKey, place, renamed!.bytes)).toMatchObject({ ok: true, json: WORDS });
  });
});
