import { createDecipheriv, createHash, createHmac, hkdfSync } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { normalizeShareCode } from '../../../electron/share/share-code';
import {
  openReceipt,
  openRevocation,
  sealPackage,
  sealReceipt,
  sealRevocation,
} from '../../../electron/share/share-seal';
import { cachedDerive, FLOOR_KDF, NOW } from '../../support/share-fixtures';

// A package must open in any Harbor that follows docs/share-format.md, including the next version
// of this one: read here from the document alone (its key names, offsets and padding), with Node's
// crypto and hash-wasm rather than Harbor's code.
const derive = cachedDerive();
const CODE = 'abandon ability able about above absent absorb';

const payload = {
  format: 'harbor-share-package' as const,
  packageId: '0123456789abcdef0123456789abcdef',
  createdAt: NOW.toISOString(),
  expiresOn: '2027-06-01',
  title: 'A story from the border',
  language: 'es' as const,
  terms: {
    audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identityMode: 'initials' as const,
    attribution: 'M. R.',
    formats: ['pdf' as const],
    redacted: ['person' as const],
    expiresOn: '2027-06-01',
    note: '',
  },
  doc: {
    type: 'doc' as const,
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Hola.' }] }],
  },
};

async function specKeys(code: string, salt: Uint8Array, m: number, t: number, p: number) {
  const master = Buffer.from(
    await argon2id({
      password: code,
      salt,
      iterations: t,
      parallelism: p,
      memorySize: m,
      hashLength: 32,
      outputType: 'binary',
    }),
  );
  const hk = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return {
    packageKey: hk('harbor-share package v1'),
    checkKey: hk('harbor-share check v1'),
    revokeKey: hk('harbor-share revocation v1'),
    receiptKey: hk('harbor-share receipt v1'),
  };
}

/** Reads the trailer and AEAD of any share file whose header is H bytes long. */
function specOpen(bytes: Buffer, headerLength: number, key: Buffer): Buffer {
  const nonce = bytes.subarray(headerLength, headerLength + 12);
  const length = bytes.readUInt32BE(headerLength + 12);
  const sealed = bytes.subarray(headerLength + 16, headerLength + 16 + length);
  expect(headerLength + 16 + length + 32).toBe(bytes.length);
  expect(bytes.subarray(bytes.length - 32)).toEqual(
    createHash('sha256')
      .update(bytes.subarray(0, bytes.length - 32))
      .digest(),
  );
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(bytes.subarray(0, headerLength));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
}

describe('a package read by the format document alone', () => {
  it('has the documented header, key check, keys, sealed body and padding', async () => {
    const { bytes } = await sealPackage(payload, CODE.toUpperCase(), FLOOR_KDF, derive);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('HARBORSH');
    expect([bytes[8], bytes[9]]).toEqual([1, 1]);
    expect(bytes.subarray(10, 26).toString('hex')).toBe(payload.packageId);
    const m = bytes.readUInt32BE(26);
    const t = bytes.readUInt32BE(30);
    const p = bytes[34]!;
    expect({ m, t, p }).toEqual({ m: FLOOR_KDF.memoryKiB, t: FLOOR_KDF.iterations, p: FLOOR_KDF.parallelism });
    const salt = bytes.subarray(35, 51);
    // The canonical code: seven full words joined by single spaces.
    expect(normalizeShareCode(CODE.toUpperCase())).toBe(CODE);
    const keys = await specKeys(CODE, salt, m, t, p);
    expect(bytes.subarray(51, 67)).toEqual(
      createHmac('sha256', keys.checkKey).update(bytes.subarray(0, 51)).digest().subarray(0, 16),
    );
    const plain = specOpen(bytes, 67, keys.packageKey);
    // Padded with spaces to a multiple of 1024 bytes, the JSON first.
    expect(plain.length % 1024).toBe(0);
    const json = plain.toString('utf8');
    expect(json.trimEnd().length).toBeLessThan(plain.length);
    expect(json.slice(json.trimEnd().length)).toMatch(/^ +$/);
    expect(JSON.parse(json)).toEqual(payload);
  });

  it('pads a body to the next multiple of 1024 bytes, so a file’s size hides the length of the text', async () => {
    const sizes = new Map<number, number>();
    // JSON bodies of 1022 to 1025 bytes: up to 1023 fit one block; from 1024 on, two (a body that
    // would fill its blocks exactly still gets at least one space).
    for (const target of [1022, 1023, 1024, 1025]) {
      const withText = (text: string) => ({
        ...payload,
        doc: {
          type: 'doc' as const,
          content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
        },
      });
      const base = JSON.stringify(withText('x')).length;
      const body = withText('x'.repeat(1 + target - base));
      expect(JSON.stringify(body)).toHaveLength(target);
      const { bytes } = await sealPackage(body, CODE, FLOOR_KDF, derive);
      sizes.set(target, bytes.length - (67 + 16 + 16 + 32));
    }
    expect([...sizes.values()]).toEqual([1024, 1024, 2048, 2048]);
  });

  it('seals a withdrawal with the revocation key and a receipt with the receipt key', async () => {
    const salt = Buffer.alloc(16, 3);
    const keys = await specKeys(CODE, salt, FLOOR_KDF.memoryKiB, FLOOR_KDF.iterations, FLOOR_KDF.parallelism);
    const ours = await derive(CODE, salt, FLOOR_KDF);
    expect(ours.package).toEqual(keys.packageKey);
    expect(ours.check).toEqual(keys.checkKey);
    expect(ours.revocation).toEqual(keys.revokeKey);
    expect(ours.receipt).toEqual(keys.receiptKey);

    const revocation = {
      format: 'harbor-share-revocation' as const,
      packageId: payload.packageId,
      revokedAt: NOW.toISOString(),
      reason: 'I changed my mind',
    };
    const withdrawal = sealRevocation(keys.revokeKey, revocation);
    expect([withdrawal[8], withdrawal[9]]).toEqual([1, 2]);
    expect(JSON.parse(specOpen(withdrawal, 26, keys.revokeKey).toString('utf8'))).toEqual(revocation);
    expect(openRevocation(withdrawal, keys.revokeKey)).toEqual(revocation);

    const receipt = {
      format: 'harbor-share-receipt' as const,
      packageId: payload.packageId,
      writtenAt: NOW.toISOString(),
      uses: [],
    };
    const bytes = sealReceipt(keys.receiptKey, receipt);
    expect([bytes[8], bytes[9]]).toEqual([1, 3]);
    expect(specOpen(bytes, 26, keys.receiptKey).length % 1024).toBe(0);
    expect(openReceipt(bytes, keys.receiptKey)).toEqual(receipt);
  });
});
