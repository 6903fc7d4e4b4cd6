import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import {
  encodeShareFile,
  encodeShareHeader,
  MAX_SHARE_FILE_BYTES,
  parseShareFile,
  SHARE_MAGIC,
} from '../../../electron/share/share-file';

// The layout of a .harbor-share file (docs/share-format.md), read without any key: every malformed
// file gets its own plain message, and a well-formed one reads back exactly what was written.
const id = 'ab'.repeat(16);
const kdf = { memoryKiB: 19456, iterations: 2, parallelism: 1, salt: Buffer.alloc(16, 5) };
const nonce = Buffer.alloc(12, 9);
const ciphertext = Buffer.alloc(40, 3);

const refusal = (bytes: Uint8Array): string => {
  try {
    parseShareFile(bytes);
    return 'parsed';
  } catch (e) {
    if (!(e instanceof HarborError)) throw e;
    return `${e.code} ${e.messageKey}`;
  }
};
const reseal = (bytes: Buffer): Buffer => {
  const body = bytes.subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
};

describe('share file layout', () => {
  it('reads back a package header, its key check and its sealed body exactly', () => {
    const keyCheck = Buffer.alloc(16, 7);
    const { aad, checked } = encodeShareHeader({ type: 'package', packageId: id, kdf, keyCheck });
    expect(checked).toHaveLength(8 + 1 + 1 + 16 + 9 + 16);
    expect(aad).toEqual(Buffer.concat([checked, keyCheck]));
    expect(aad.subarray(0, 8)).toEqual(SHARE_MAGIC);
    expect([aad[8], aad[9]]).toEqual([1, 1]);
    const bytes = encodeShareFile(aad, nonce, ciphertext);
    expect(bytes).toHaveLength(aad.length + 12 + 4 + 40 + 32);
    const file = parseShareFile(bytes);
    expect(file.header).toEqual({ type: 'package', packageId: id, kdf, keyCheck });
    expect(file.checkedBytes).toEqual(checked);
    expect(file.aad).toEqual(aad);
    expect(file.nonce).toEqual(nonce);
    expect(file.ciphertext).toEqual(ciphertext);
  });

  it('reads back withdrawals and receipts, which have no key settings', () => {
    for (const [type, code] of [
      ['revocation', 2],
      ['receipt', 3],
    ] as const) {
      const { aad, checked } = encodeShareHeader({ type, packageId: id });
      expect(aad).toEqual(checked);
      expect(aad).toHaveLength(26);
      expect(aad[9]).toBe(code);
      const file = parseShareFile(encodeShareFile(aad, nonce, ciphertext));
      expect(file.header).toEqual({ type, packageId: id });
      expect(file.checkedBytes).toEqual(aad);
      expect(file.ciphertext).toEqual(ciphertext);
    }
  });

  it('needs key settings to write a package header', () => {
    expect(() => encodeShareHeader({ type: 'package', packageId: id })).toThrow('package header needs kdf');
  });

  it('tells apart a file that is not Harbor’s, one from a newer Harbor, and one that is damaged', () => {
    const { aad } = encodeShareHeader({ type: 'receipt', packageId: id });
    const good = encodeShareFile(aad, nonce, ciphertext);
    expect(refusal(Buffer.from('HARBORS'))).toBe('integrity share.notShareFile');
    expect(refusal(Buffer.concat([Buffer.from('HARBORSX'), good.subarray(8)]))).toBe('integrity share.notShareFile');
    const version = (v: number) => {
      const b = Buffer.from(good);
      b[8] = v;
      return reseal(b);
    };
    expect(refusal(version(2))).toBe('unsupported share.tooNew');
    expect(refusal(version(0))).toBe('integrity share.notShareFile');
    const type = (t: number) => {
      const b = Buffer.from(good);
      b[9] = t;
      return reseal(b);
    };
    expect(refusal(type(0))).toBe('integrity share.notShareFile');
    expect(refusal(type(4))).toBe('integrity share.notShareFile');
    // Too short for its type, a changed byte, a length that does not match, a tag cut off.
    expect(refusal(good.subarray(0, 26 + 12 + 4 + 16 + 31))).toBe('integrity share.damagedFile');
    const changed = Buffer.from(good);
    changed[30]! ^= 1;
    expect(refusal(changed)).toBe('integrity share.damagedFile');
    const longer = Buffer.from(good);
    longer.writeUInt32BE(41, 26 + 12);
    expect(refusal(reseal(longer))).toBe('integrity share.damagedFile');
    const shorter = Buffer.from(good);
    shorter.writeUInt32BE(39, 26 + 12);
    expect(refusal(reseal(shorter))).toBe('integrity share.damagedFile');
    const noTag = encodeShareFile(aad, nonce, Buffer.alloc(15));
    expect(refusal(noTag)).toBe('integrity share.damagedFile');
    expect(refusal(encodeShareFile(aad, nonce, Buffer.alloc(16)))).toBe('parsed');
  });

  it('refuses a file cut short at any length, even with its checksum made to match', () => {
    const keyCheck = Buffer.alloc(16, 7);
    for (const header of [
      { type: 'package' as const, packageId: id, kdf, keyCheck },
      { type: 'receipt' as const, packageId: id },
    ]) {
      const { aad } = encodeShareHeader(header);
      const whole = encodeShareFile(aad, nonce, ciphertext);
      const wrong: string[] = [];
      for (let length = 10; length < whole.length; length++) {
        // Long enough for a checksum: one that matches what is left; shorter: the bare start.
        const body = whole.subarray(0, length - 32);
        const cut =
          length >= 42 ? Buffer.concat([body, createHash('sha256').update(body).digest()]) : whole.subarray(0, length);
        const got = refusal(cut);
        if (got !== 'integrity share.damagedFile') wrong.push(`${header.type} ${length}: ${got}`);
      }
      expect(wrong).toEqual([]);
    }
  });

  it('refuses a sealed body shorter than its tag in every kind of file, and reads one of exactly a tag', () => {
    const keyCheck = Buffer.alloc(16, 7);
    const wrong: string[] = [];
    for (const header of [
      { type: 'package' as const, packageId: id, kdf, keyCheck },
      { type: 'revocation' as const, packageId: id },
      { type: 'receipt' as const, packageId: id },
    ]) {
      const { aad } = encodeShareHeader(header);
      // Well-formed in every other way: the length field matches and the checksum is right.
      for (let length = 0; length < 16; length++) {
        const got = refusal(encodeShareFile(aad, nonce, Buffer.alloc(length, 1)));
        if (got !== 'integrity share.damagedFile') wrong.push(`${header.type} ${length}: ${got}`);
      }
      const tagOnly = encodeShareFile(aad, nonce, Buffer.alloc(16, 1));
      expect(refusal(tagOnly), header.type).toBe('parsed');
      expect(parseShareFile(tagOnly).ciphertext).toEqual(Buffer.alloc(16, 1));
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a file over 20 MB before reading it, and reads one at the limit', () => {
    const { aad } = encodeShareHeader({ type: 'receipt', packageId: id });
    const room = MAX_SHARE_FILE_BYTES - (aad.length + 12 + 4 + 32);
    const atLimit = encodeShareFile(aad, nonce, Buffer.alloc(room));
    expect(atLimit).toHaveLength(MAX_SHARE_FILE_BYTES);
    expect(refusal(atLimit)).toBe('parsed');
    expect(refusal(encodeShareFile(aad, nonce, Buffer.alloc(room + 1)))).toBe('integrity share.damagedTooLarge');
  });
});
