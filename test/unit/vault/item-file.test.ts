import { describe, expect, it } from 'vitest';
import { buildAad, randomBytes, seal } from '../../../electron/vault/aead';
import {
  BODY_PADDING,
  KIND_CODES,
  MAX_ITEM_FILE_BYTES,
  MAX_ITEM_JSON_BYTES,
  MAX_REVISION_NAME_BYTES,
} from '../../../electron/vault/constants';
import {
  decodeItemFile,
  encodeItemFile,
  ITEM_HEAD_BYTES,
  readItemHead,
  reencryptItemFile,
  renameItemFile,
  type ItemPlace,
} from '../../../electron/vault/item-file';

const vaultKey = randomBytes(32);
const place: ItemPlace = { vaultId: randomBytes(16), itemId: randomBytes(16), revision: 3 };
const SAVED = Date.UTC(2026, 0, 2, 3, 4, 5);

interface Craft {
  version?: number;
  kindCode?: number;
  savedAt?: bigint;
  name?: Buffer;
  /** overrides the name length field */
  nameLength?: number;
  body?: Buffer;
  /** the kind code bound into the body's AAD (defaults to kindCode) */
  bodyKind?: number;
}

/**
 * A revision file as anyone holding the vault key could write it, field by field (the layout in
 * item-file.ts and docs/vault-format.md), so the reader is tested on authenticated nonsense too.
 */
function craft(c: Craft = {}): Buffer {
  const version = c.version ?? 1;
  const kindCode = c.kindCode ?? 1;
  const name = c.name ?? Buffer.alloc(0);
  const itemKey = randomBytes(32);
  const envelope = Buffer.alloc(32 + 1 + 8 + 2 + name.length);
  itemKey.copy(envelope, 0);
  envelope[32] = kindCode;
  envelope.writeBigUInt64BE(c.savedAt ?? BigInt(SAVED), 33);
  envelope.writeUInt16BE(c.nameLength ?? name.length, 41);
  name.copy(envelope, 43);
  const json = Buffer.from('{"words":"hers"}');
  const body =
    c.body ?? Buffer.concat([Buffer.from([0, 0, 0, json.length]), json, Buffer.alloc(256 - 4 - json.length)]);
  const sealedEnvelope = seal(
    vaultKey,
    envelope,
    buildAad('harbor-vault/v1/item-envelope', version, place.vaultId, place.itemId, place.revision),
  );
  const sealedBody = seal(
    itemKey,
    body,
    buildAad('harbor-vault/v1/item-body', version, place.vaultId, place.itemId, c.bodyKind ?? kindCode, place.revision),
  );
  const prefix = Buffer.alloc(19);
  prefix.write('HBRI', 'latin1');
  prefix[4] = version;
  sealedEnvelope.nonce.copy(prefix, 5);
  prefix.writeUInt16BE(sealedEnvelope.ciphertext.length, 17);
  return Buffer.concat([prefix, sealedEnvelope.ciphertext, sealedBody.nonce, sealedBody.ciphertext]);
}

const problem = (bytes: Buffer) => {
  const r = decodeItemFile(vaultKey, place, bytes);
  return r.ok ? 'ok' : r.problem;
};

describe('a revision file', () => {
  it('holds the words, kind, time and name it was written with; its head opens from its first bytes', () => {
    const bytes = encodeItemFile(
      vaultKey,
      place,
      { kind: 'testimony', savedAtMs: SAVED, revisionName: 'Día 1' },
      '"x"',
    );
    expect(decodeItemFile(vaultKey, place, bytes)).toEqual({
      ok: true,
      meta: { kind: 'testimony', savedAtMs: SAVED, revisionName: 'Día 1' },
      json: '"x"',
    });
    const head = readItemHead(vaultKey, place, bytes.subarray(0, ITEM_HEAD_BYTES));
    expect(head.ok && head.meta).toEqual({ kind: 'testimony', savedAtMs: SAVED, revisionName: 'Día 1' });
    // Padded: a few more words do not change its size, nor do two hundred more letters.
    const longer = encodeItemFile(vaultKey, place, { kind: 'testimony', savedAtMs: SAVED }, '"xyz"');
    const size = encodeItemFile(vaultKey, place, { kind: 'testimony', savedAtMs: SAVED }, '"x"').length;
    expect(longer.length).toBe(size);
    const sentence = `"${'x'.repeat(200)}"`;
    expect(encodeItemFile(vaultKey, place, { kind: 'testimony', savedAtMs: SAVED }, sentence).length).toBe(size);
    expect(decodeItemFile(vaultKey, place, longer)).toStrictEqual({
      ok: true,
      meta: { kind: 'testimony', savedAtMs: SAVED },
      json: '"xyz"',
    });
  });

  it('opens only where it was written: another vault, item or version refuses it', () => {
    const bytes = encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED }, '{}');
    for (const elsewhere of [
      { ...place, vaultId: randomBytes(16) },
      { ...place, itemId: randomBytes(16) },
      { ...place, revision: 4 },
    ]) {
      expect(decodeItemFile(vaultKey, elsewhere, bytes)).toEqual({ ok: false, problem: 'does not authenticate' });
    }
    expect(decodeItemFile(randomBytes(32), place, bytes)).toEqual({ ok: false, problem: 'does not authenticate' });
    // A body re-bound to another kind (the envelope says story) does not open either.
    expect(problem(craft({ kindCode: 1, bodyKind: 4 }))).toBe('does not authenticate');
  });

  it('a name of 800 bytes fits; a longer one is never written', () => {
    const name = 'é'.repeat(MAX_REVISION_NAME_BYTES / 2);
    const bytes = encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED, revisionName: name }, '{}');
    const decoded = decodeItemFile(vaultKey, place, bytes);
    expect(decoded.ok && decoded.meta.revisionName).toBe(name);
    expect(() =>
      encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED, revisionName: `${name}x` }, '{}'),
    ).toThrow(new RangeError('revision name too long'));
    expect(problem(craft({ name: Buffer.alloc(MAX_REVISION_NAME_BYTES + 1, 0x61) }))).toBe('malformed');
  });

  it('reads back the same from JSON text and from its UTF-8 bytes in pieces, whatever the characters', () => {
    const json = JSON.stringify({ t: 'é 😀 “x” \\ \ud800', n: 'x'.repeat(300) });
    const pieces = [json.slice(0, 7), json.slice(7, 20), '', json.slice(20)].map((s) => Buffer.from(s));
    for (const given of [json, pieces]) {
      const bytes = encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED }, given);
      const decoded = decodeItemFile(vaultKey, place, bytes);
      expect(decoded.ok && decoded.json).toBe(json);
      // One body padded to the same size either way: the file says nothing of how it was written.
      expect(bytes.length).toBe(encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED }, json).length);
    }
  });

  it('of the largest story Harbor keeps, with the longest name, is one Harbor reads back', () => {
    const name = 'é'.repeat(MAX_REVISION_NAME_BYTES / 2);
    const json = `"${'x'.repeat(MAX_ITEM_JSON_BYTES - 2)}"`;
    const bytes = encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED, revisionName: name }, json);
    // A larger file is read as empty (layout.ts), so this story would be lost after saving.
    expect(bytes.length).toBeLessThanOrEqual(MAX_ITEM_FILE_BYTES);
    const decoded = decodeItemFile(vaultKey, place, bytes);
    expect(decoded.ok && decoded.json.length).toBe(MAX_ITEM_JSON_BYTES);
  });

  it('renamed, keeps its words, kind and time, and its body untouched', () => {
    const bytes = encodeItemFile(vaultKey, place, { kind: 'testimony', savedAtMs: SAVED }, '"w"');
    const renamed = renameItemFile(vaultKey, place, bytes, 'Para la abogada')!;
    expect(renamed.meta).toStrictEqual({ kind: 'testimony', savedAtMs: SAVED, revisionName: 'Para la abogada' });
    expect(decodeItemFile(vaultKey, place, renamed.bytes)).toEqual({ ok: true, meta: renamed.meta, json: '"w"' });
    expect(renamed.bytes.subarray(-(12 + BODY_PADDING + 16)).equals(bytes.subarray(-(12 + BODY_PADDING + 16)))).toBe(
      true,
    );
    const unnamed = renameItemFile(vaultKey, place, renamed.bytes, undefined)!;
    expect(unnamed.meta).toStrictEqual({ kind: 'testimony', savedAtMs: SAVED });
    expect(renameItemFile(randomBytes(32), place, bytes, 'x')).toBeNull();
  });

  it('re-encrypted for a new key, opens only with that key; a damaged one says why it was not', () => {
    const bytes = encodeItemFile(vaultKey, place, { kind: 'story', savedAtMs: SAVED, revisionName: 'n' }, '[1]');
    const next = randomBytes(32);
    const moved = reencryptItemFile(vaultKey, next, place, bytes) as Buffer;
    expect(decodeItemFile(next, place, moved)).toEqual(decodeItemFile(vaultKey, place, bytes));
    expect(decodeItemFile(vaultKey, place, moved)).toEqual({ ok: false, problem: 'does not authenticate' });
    expect(reencryptItemFile(vaultKey, next, place, bytes.subarray(0, 10))).toEqual({ problem: 'malformed' });
  });

  it('a crafted file exactly as Harbor writes it opens (so the tests below change one thing each)', () => {
    expect(problem(craft())).toBe('ok');
    expect(problem(craft({ kindCode: 8 }))).toBe('ok');
    expect(problem(craft({ savedAt: BigInt(Number.MAX_SAFE_INTEGER) }))).toBe('ok');
    expect(problem(craft({ name: Buffer.from('ok') }))).toBe('ok');
  });
});

describe('a damaged or hostile revision file is refused, never thrown on', () => {
  it('cut short anywhere, or with the wrong magic or version', () => {
    const good = craft();
    for (let length = 0; length < good.length; length++) {
      expect(problem(good.subarray(0, length))).not.toBe('ok');
    }
    expect(problem(good.subarray(0, 18))).toBe('malformed');
    const magic = Buffer.from(good);
    magic[0] = 0x68;
    expect(problem(magic)).toBe('malformed');
    expect(problem(craft({ version: 2 }))).toBe('unsupported version');
    expect(problem(craft({ version: 0 }))).toBe('malformed');
  });

  it('an envelope length outside its bounds, or beyond the file', () => {
    const good = craft();
    const withLength = (n: number) => {
      const b = Buffer.from(good);
      b.writeUInt16BE(n, 17);
      return b;
    };
    expect(problem(withLength(58))).toBe('malformed');
    expect(problem(withLength(43 + MAX_REVISION_NAME_BYTES + 16 + 1))).toBe('malformed');
    expect(problem(withLength(0xffff))).toBe('malformed');
    // Head only: the envelope must be all there.
    expect(readItemHead(vaultKey, place, good.subarray(0, 19 + 58))).toEqual({ ok: false, problem: 'malformed' });
    expect(readItemHead(vaultKey, place, good.subarray(0, 19 + 59)).ok).toBe(true);
    // A whole read needs a body nonce and tag after it.
    expect(problem(good.subarray(0, 19 + 59 + 27))).toBe('malformed');
  });

  it('an authenticated envelope with an unknown kind, an impossible time, or a name of the wrong length', () => {
    expect(problem(craft({ kindCode: 0 }))).toBe('malformed');
    expect(problem(craft({ kindCode: Math.max(...Object.values(KIND_CODES)) + 1 }))).toBe('malformed');
    expect(problem(craft({ savedAt: BigInt(Number.MAX_SAFE_INTEGER) + 1n }))).toBe('malformed');
    expect(problem(craft({ name: Buffer.from('ab'), nameLength: 1 }))).toBe('malformed');
    expect(problem(craft({ name: Buffer.from('ab'), nameLength: 3 }))).toBe('malformed');
    expect(problem(craft({ name: Buffer.from([0x61, 0xff]) }))).toBe('malformed');
  });

  it('an authenticated body too short, longer than it says, or with anything but zeros after the words', () => {
    const json = Buffer.from('{}');
    const body = (length: number, extra: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, length]), json, extra]);
    expect(problem(craft({ body: body(2, Buffer.alloc(10)) }))).toBe('ok');
    expect(problem(craft({ body: body(2, Buffer.alloc(0)) }))).toBe('ok');
    expect(problem(craft({ body: body(3, Buffer.alloc(0)) }))).toBe('malformed');
    expect(problem(craft({ body: body(2, Buffer.from([0, 0, 1])) }))).toBe('malformed');
    expect(problem(craft({ body: Buffer.from([0, 0, 0]) }))).toBe('malformed');
    // Four bytes saying "no words" are a well-formed (empty) body; the item reader refuses it as JSON.
    expect(decodeItemFile(vaultKey, place, craft({ body: Buffer.alloc(4) }))).toMatchObject({ ok: true, json: '' });
    expect(problem(craft({ body: Buffer.alloc(0) }))).toBe('malformed');
    const huge = Buffer.from(body(2, Buffer.alloc(10)));
    huge.writeUInt32BE(0xffffffff, 0);
    expect(problem(craft({ body: huge }))).toBe('malformed');
  });

  it('words up to the largest size Harbor reads open; one byte more is refused, never loaded', () => {
    const words = (length: number) => {
      const body = Buffer.alloc(4 + length, 0x20);
      body.writeUInt32BE(length, 0);
      return craft({ body });
    };
    const largest = decodeItemFile(vaultKey, place, words(MAX_ITEM_JSON_BYTES));
    expect(largest.ok && largest.json.length).toBe(MAX_ITEM_JSON_BYTES);
    expect(problem(words(MAX_ITEM_JSON_BYTES + 1))).toBe('malformed');
    // The file itself: its head is not even read past the largest size (padded here after the body).
    const good = craft();
    const padded = (size: number) => Buffer.concat([good, Buffer.alloc(size - good.length)]);
    expect(readItemHead(vaultKey, place, padded(MAX_ITEM_FILE_BYTES)).ok).toBe(true);
    expect(readItemHead(vaultKey, place, padded(MAX_ITEM_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'malformed' });
  });

  it('a body for another kind is read only when that kind is wanted', () => {
    const bytes = encodeItemFile(vaultKey, place, { kind: 'grant', savedAtMs: SAVED }, '{}');
    expect(decodeItemFile(vaultKey, place, bytes, (k) => k === 'story')).toEqual({
      ok: true,
      meta: { kind: 'grant', savedAtMs: SAVED },
      json: null,
    });
    expect(decodeItemFile(vaultKey, place, bytes, (k) => k === 'grant')).toMatchObject({ ok: true, json: '{}' });
  });
});
