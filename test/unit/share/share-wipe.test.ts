import { describe, expect, it, vi } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { createSentPackages, createSharedStories } from '../../../electron/share/index';
import { deriveShareKeys, type DeriveShareKeys, type ShareKeys } from '../../../electron/share/share-keys';
import {
  openPackage,
  openReceipt,
  openRevocation,
  sealPackage,
  sealReceipt,
  sealRevocation,
} from '../../../electron/share/share-seal';
import { FakeVault } from '../../support/fake-vault';
import { FLOOR_KDF, NOW, writerSetup } from '../../support/share-fixtures';

// A share code, its keys and the text they open must not stay in Harbor's memory once used: a
// memory dump or a swapped page would otherwise hold them. Every buffer the crypto returned or was
// given is watched here, and must be zeros afterwards.
const seen = vi.hoisted(() => ({ plain: [] as Buffer[], argon: [] as Uint8Array[], stored: [] as Buffer[] }));

vi.mock('../../../electron/vault/aead', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/vault/aead')>();
  return {
    ...real,
    seal: (key: Buffer, plain: Buffer, aad: Buffer) => {
      seen.plain.push(plain);
      return real.seal(key, plain, aad);
    },
    open: (key: Buffer, nonce: Buffer, ciphertext: Buffer, aad: Buffer) => {
      const plain = real.open(key, nonce, ciphertext, aad);
      if (plain) seen.plain.push(plain);
      return plain;
    },
  };
});
vi.mock('../../../electron/vault/encoding', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/vault/encoding')>();
  return {
    ...real,
    fromBase64: (...args: Parameters<typeof real.fromBase64>) => {
      const bytes = real.fromBase64(...args);
      if (bytes) seen.stored.push(bytes);
      return bytes;
    },
  };
});
vi.mock('../../../electron/vault/kdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/vault/kdf')>();
  return {
    ...real,
    argon2idRaw: async (...args: Parameters<typeof real.argon2idRaw>) => {
      const out = await real.argon2idRaw(...args);
      seen.argon.push(args[0] as Uint8Array, out);
      return out;
    },
  };
});

const zeroed = (b: Uint8Array) => b.length > 0 && b.every((x) => x === 0);
const CODE = 'abandon ability able about above absent absorb';
const OTHER = 'abandon ability able about above absent abuse';

const payload = {
  format: 'harbor-share-package' as const,
  packageId: '0123456789abcdef0123456789abcdef',
  createdAt: NOW.toISOString(),
  expiresOn: '2027-06-01',
  title: null,
  language: 'en' as const,
  terms: {
    audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identityMode: 'anonymous' as const,
    attribution: '',
    formats: ['pdf' as const],
    redacted: [],
    expiresOn: '2027-06-01',
    note: '',
  },
  doc: {
    type: 'doc' as const,
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Tijuana' }] }],
  },
};

/** The real derivation, keeping every set of keys it hands out. */
function watchedDerive(): { derive: DeriveShareKeys; handed: ShareKeys[] } {
  const handed: ShareKeys[] = [];
  return {
    handed,
    derive: async (code, salt, cost) => {
      const keys = await deriveShareKeys(code, salt, cost);
      handed.push(keys);
      return keys;
    },
  };
}
const allZero = (keys: ShareKeys) => [keys.package, keys.check, keys.revocation, keys.receipt].every(zeroed);

describe('nothing of a share code or its text stays in memory', () => {
  it('the stretched code and the master key are wiped once the four keys are made', async () => {
    seen.argon.length = 0;
    const keys = await deriveShareKeys(CODE, Buffer.alloc(16, 1), FLOOR_KDF);
    expect(seen.argon).toHaveLength(2);
    expect(seen.argon.every(zeroed)).toBe(true);
    expect(allZero(keys)).toBe(false);
  });

  it('the text is wiped after sealing and after opening a package', async () => {
    seen.plain.length = 0;
    const { bytes, keys } = await sealPackage(payload, CODE, FLOOR_KDF);
    expect(seen.plain).toHaveLength(1);
    const { payload: opened } = await openPackage(bytes, CODE);
    expect(opened.doc).toEqual(payload.doc);
    expect(seen.plain).toHaveLength(2);
    expect(seen.plain.every(zeroed)).toBe(true);

    seen.plain.length = 0;
    const note = { packageId: payload.packageId, format: 'harbor-share-revocation' as const };
    openRevocation(
      sealRevocation(keys.revocation, { ...note, revokedAt: NOW.toISOString(), reason: 'x' }),
      keys.revocation,
    );
    const receipt = { format: 'harbor-share-receipt' as const, packageId: payload.packageId, writtenAt: '', uses: [] };
    openReceipt(sealReceipt(keys.receipt, receipt), keys.receipt);
    expect(seen.plain).toHaveLength(4);
    expect(seen.plain.every(zeroed)).toBe(true);
  });

  it('the keys of a wrong code, or of a package that fails inside, are wiped before the refusal', async () => {
    const { bytes } = await sealPackage(payload, CODE, FLOOR_KDF);
    const wrong = watchedDerive();
    await expect(openPackage(bytes, OTHER, wrong.derive)).rejects.toThrow(HarborError);
    expect(wrong.handed).toHaveLength(1);
    expect(allZero(wrong.handed[0]!)).toBe(true);

    // The right code, but the sealed text changed with the checksum recomputed: refused after the key check.
    const right = watchedDerive();
    const changed = Buffer.from(bytes);
    changed[changed.length - 40]! ^= 1;
    const { createHash } = await import('node:crypto');
    const body = changed.subarray(0, changed.length - 32);
    createHash('sha256')
      .update(body)
      .digest()
      .copy(changed, changed.length - 32);
    await expect(openPackage(changed, CODE, right.derive)).rejects.toThrow(HarborError);
    expect(right.handed).toHaveLength(1);
    expect(allZero(right.handed[0]!)).toBe(true);

    // Opened: the keys are the caller's to keep (and to wipe).
    const opened = watchedDerive();
    const { keys } = await openPackage(bytes, CODE, opened.derive);
    expect(allZero(keys)).toBe(false);
  });

  it('the keys each side keeps are wiped after every withdrawal, receipt and repeated import', async () => {
    const clock = () => new Date('2027-01-10T09:00:00Z');
    const writerVault = new FakeVault();
    const { story, grant } = await writerSetup(writerVault);
    const made = watchedDerive();
    const writer = createSentPackages({ vault: writerVault, clock, kdf: FLOOR_KDF, derive: made.derive });
    const p = await writer.prepare({ storyId: story.id, grantId: grant.id, title: null });
    await p.commit('p.harbor-share');
    expect(made.handed.every(allZero)).toBe(true);

    const opened = watchedDerive();
    const advocate = createSharedStories({ vault: new FakeVault(), clock, derive: opened.derive });
    await advocate.importPackage(p.bytes, p.shareCode);
    // The same package again: compared with the key already held, then both wiped.
    seen.stored.length = 0;
    await advocate.importPackage(p.bytes, p.shareCode);
    expect(seen.stored).toHaveLength(1);
    expect(seen.stored.every(zeroed)).toBe(true);
    expect(opened.handed).toHaveLength(2);
    expect(opened.handed.every(allZero)).toBe(true);

    seen.stored.length = 0;
    await writer.importReceipt((await advocate.writeReceipt(p.packageId)).bytes);
    await advocate.importRevocation((await writer.revoke(p.packageId)).bytes);
    // A stored key for each step: the receipt written and read, the withdrawal written and read.
    expect(seen.stored).toHaveLength(4);
    expect(seen.stored.every(zeroed)).toBe(true);
  });
});
