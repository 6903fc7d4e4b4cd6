import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../../electron/vault/aead';
import { MAX_HEADER_BYTES } from '../../../electron/vault/constants';
import {
  assertDigest,
  generationOf,
  headerMacValid,
  itemsDirName,
  kekCheckOf,
  kekMatches,
  parseHeader,
  serializeHeader,
  withMac,
  type VaultHeader,
} from '../../../electron/vault/header';
import { HarborError } from '../../../shared/errors';

const b64 = (bytes: number, fill = 7) => Buffer.alloc(bytes, fill).toString('base64');
const vaultKey = randomBytes(32);
const kek = randomBytes(32);

function sealed(edit: (h: Omit<VaultHeader, 'mac'>) => void = () => undefined): VaultHeader {
  const h: Omit<VaultHeader, 'mac'> = {
    format: 'harbor-vault',
    version: 1,
    vaultId: 'ab'.repeat(16),
    kdf: { algorithm: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1, salt: b64(16) },
    passphraseWrap: { nonce: b64(12), key: b64(48) },
    recoveryWrap: { salt: b64(16, 1), nonce: b64(12, 2), key: b64(48, 3) },
    itemsDir: 'items-000004',
  };
  edit(h);
  return withMac(vaultKey, h, kek);
}

/** The problem a parse reports, as the person's "damaged" message carries it; 'ok' when it parses. */
function problemOf(bytes: Uint8Array): string {
  try {
    parseHeader(bytes);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(HarborError);
    const e = error as HarborError;
    if (e.code === 'unsupported') return 'newer';
    expect(e.code).toBe('integrity');
    expect(e.messageKey).toBe('vault.headerDamaged');
    return (e.details as { problem: string }).problem;
  }
}

/** A header written as Harbor would write it, after `edit` (so only the edit can be wrong). */
const written = (edit: (h: Record<string, any>) => void) => {
  const h = JSON.parse(JSON.stringify(sealed())) as Record<string, any>;
  edit(h);
  return Buffer.from(`${JSON.stringify(h, null, 2)}\n`);
};

describe('vault.json as written and read back', () => {
  it('round-trips exactly, with its recovery wrap, KEK check, digest and MAC', () => {
    const h = sealed();
    const bytes = serializeHeader(h);
    const back = parseHeader(bytes);
    expect(back).toStrictEqual(h);
    expect(back.recoveryWrap).toEqual({ salt: b64(16, 1), nonce: b64(12, 2), key: b64(48, 3) });
    expect(serializeHeader(back).equals(bytes)).toBe(true);
    expect(headerMacValid(vaultKey, back)).toBe(true);
    expect(() => assertDigest(back)).not.toThrow();
    expect(kekMatches(kek, back)).toBe(true);
    expect(kekMatches(randomBytes(32), back)).toBe(false);
  });

  it('a header without a recovery key, KEK check or digest (an older one) keeps none of them', () => {
    const { kekCheck: _k, digest: _d, ...legacy } = sealed((h) => void (h.recoveryWrap = null));
    const bytes = serializeHeader(legacy as VaultHeader);
    expect(bytes.toString()).not.toMatch(/kekCheck|digest/);
    const back = parseHeader(bytes);
    expect(Object.keys(back)).not.toContain('kekCheck');
    expect(Object.keys(back)).not.toContain('digest');
    expect(back.recoveryWrap).toBeNull();
    expect(kekMatches(kek, back)).toBeNull();
    expect(() => assertDigest(back)).not.toThrow();
  });

  it('the digest is SHA-256 of the purpose and the header without digest and MAC (readable by other tools)', () => {
    const h = sealed();
    const { digest: _d, mac: _m, ...rest } = h;
    const body = serializeHeader(rest as VaultHeader);
    const expected = createHash('sha256').update('harbor-vault/v1/header-digest').update(body).digest('base64');
    expect(h.digest).toBe(expected);
  });

  it('the MAC and the KEK check are computed as docs/vault-format.md says (other tools can check them)', () => {
    const h = sealed();
    const { mac: _m, ...rest } = h;
    const macKey = Buffer.from(hkdfSync('sha256', vaultKey, Buffer.alloc(0), 'harbor-vault/v1/header-mac', 32));
    const expected = createHmac('sha256', macKey)
      .update('harbor-vault/v1/header-mac')
      .update(serializeHeader(rest as VaultHeader))
      .digest('base64');
    expect(h.mac).toBe(expected);
    const check = createHmac('sha256', kek).update('harbor-vault/v1/kek-check').digest().subarray(0, 16);
    expect(h.kekCheck).toBe(check.toString('base64'));
  });

  it('the KEK check is 16 bytes that differ by KEK', () => {
    expect(Buffer.from(kekCheckOf(kek), 'base64')).toHaveLength(16);
    expect(kekCheckOf(kek)).not.toBe(kekCheckOf(randomBytes(32)));
  });

  it('without a KEK the header keeps the KEK check it had; with one it gets that KEK’s', () => {
    const h = sealed();
    const other = randomBytes(32);
    expect(withMac(vaultKey, h).kekCheck).toBe(h.kekCheck);
    expect(withMac(vaultKey, h, other).kekCheck).toBe(kekCheckOf(other));
  });

  it('an edit made outside Harbor shows in the digest; the MAC notices any change and any other key', () => {
    const h = sealed();
    const edited = { ...h, itemsDir: 'items-000005' };
    expect(problemOf(serializeHeader(edited))).toBe('ok');
    expect(() => assertDigest(edited)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ problem: 'changed outside Harbor' }) }),
    );
    expect(headerMacValid(vaultKey, edited)).toBe(false);
    expect(headerMacValid(randomBytes(32), h)).toBe(false);
    expect(headerMacValid(vaultKey, { ...h, mac: b64(31) })).toBe(false);
    // Resealed by someone with the digest's recipe but not the key: the digest passes, the MAC not.
    const resealed = withMac(randomBytes(32), edited);
    expect(() => assertDigest(resealed)).not.toThrow();
    expect(headerMacValid(vaultKey, { ...resealed })).toBe(false);
  });

  it('names generations with six digits, and reads them back', () => {
    expect(itemsDirName(7)).toBe('items-000007');
    expect(generationOf('items-000123')).toBe(123);
    expect(generationOf('items-12')).toBe(0);
  });
});

describe('a damaged vault.json is reported as damaged, with what is wrong', () => {
  it('too large, not UTF-8, not JSON, or not in the form Harbor writes', () => {
    const good = serializeHeader(sealed());
    expect(problemOf(Buffer.concat([good, Buffer.alloc(MAX_HEADER_BYTES + 1 - good.length, 0x20)]))).toBe('too large');
    expect(problemOf(Buffer.alloc(MAX_HEADER_BYTES, 0x20))).toBe('not valid JSON');
    // The bound in numbers (docs/vault-format.md: 64 KiB), so a hostile header cannot be larger.
    expect(problemOf(Buffer.alloc(64 * 1024 + 1, 0x20))).toBe('too large');
    expect(problemOf(Buffer.from([0x7b, 0xff, 0x7d]))).toBe('not valid JSON');
    // A byte that is not UTF-8 inside a value, where a lenient decoder would still find JSON.
    const inValue = Buffer.from(good);
    inValue[good.indexOf('items-') + 6] = 0xff;
    expect(problemOf(inValue)).toBe('not valid JSON');
    expect(problemOf(Buffer.from(good.toString().replace('\n', '\r\n')))).toBe('not in canonical form');
    expect(problemOf(Buffer.from(good.toString().trimEnd()))).toBe('not in canonical form');
    expect(problemOf(Buffer.from(JSON.stringify(sealed())))).toBe('not in canonical form');
  });

  it('JSON that is not a header object is damage, not a crash', () => {
    for (const text of ['null', '[]', '7', '"harbor-vault"', '{}']) {
      expect(problemOf(Buffer.from(text))).toBe('unexpected fields or values');
    }
  });

  it('only a Harbor header of a later version is "newer"; any other version is damage', () => {
    expect(problemOf(written((h) => (h.version = 2)))).toBe('newer');
    expect(problemOf(written((h) => (h.version = '2')))).toBe('unexpected fields or values');
    expect(problemOf(written((h) => ((h.format = 'other'), (h.version = 2))))).toBe('unexpected fields or values');
    expect(problemOf(written((h) => (h.version = 0)))).toBe('unexpected fields or values');
    expect(problemOf(Buffer.from('[{"format":"harbor-vault","version":2}]'))).toBe('unexpected fields or values');
  });

  it('every field within its bounds, and refused one step outside them', () => {
    const cases: [string, (h: Record<string, any>) => void, string][] = [
      ['memory 1 KiB', (h) => (h.kdf.memoryKiB = 1), 'ok'],
      ['memory 0', (h) => (h.kdf.memoryKiB = 0), 'unexpected fields or values'],
      ['memory 2^32-1', (h) => (h.kdf.memoryKiB = 2 ** 32 - 1), 'ok'],
      ['memory 2^32', (h) => (h.kdf.memoryKiB = 2 ** 32), 'unexpected fields or values'],
      ['memory 1.5', (h) => (h.kdf.memoryKiB = 19456.5), 'unexpected fields or values'],
      ['passes 1', (h) => (h.kdf.iterations = 1), 'ok'],
      ['passes 0', (h) => (h.kdf.iterations = 0), 'unexpected fields or values'],
      ['passes 2^32-1', (h) => (h.kdf.iterations = 2 ** 32 - 1), 'ok'],
      ['passes 2^32', (h) => (h.kdf.iterations = 2 ** 32), 'unexpected fields or values'],
      ['lanes 0', (h) => (h.kdf.parallelism = 0), 'unexpected fields or values'],
      ['lanes 2^24-1', (h) => (h.kdf.parallelism = 2 ** 24 - 1), 'ok'],
      ['lanes 2^24', (h) => (h.kdf.parallelism = 2 ** 24), 'unexpected fields or values'],
      ['argon2i', (h) => (h.kdf.algorithm = 'argon2i'), 'unexpected fields or values'],
      ['salt 15', (h) => (h.kdf.salt = b64(15)), 'unexpected fields or values'],
      ['salt 64', (h) => (h.kdf.salt = b64(64)), 'ok'],
      ['salt 65', (h) => (h.kdf.salt = b64(65)), 'unexpected fields or values'],
      ['nonce 11', (h) => (h.passphraseWrap.nonce = b64(11)), 'unexpected fields or values'],
      ['nonce 13', (h) => (h.passphraseWrap.nonce = b64(13)), 'unexpected fields or values'],
      ['wrap 47', (h) => (h.passphraseWrap.key = b64(47)), 'unexpected fields or values'],
      ['wrap 49', (h) => (h.passphraseWrap.key = b64(49)), 'unexpected fields or values'],
      ['recovery salt 17', (h) => (h.recoveryWrap.salt = b64(17)), 'unexpected fields or values'],
      ['recovery nonce 11', (h) => (h.recoveryWrap.nonce = b64(11)), 'unexpected fields or values'],
      ['recovery wrap 47', (h) => (h.recoveryWrap.key = b64(47)), 'unexpected fields or values'],
      ['recovery null', (h) => (h.recoveryWrap = null), 'ok'],
      ['vault id in capitals', (h) => (h.vaultId = h.vaultId.toUpperCase()), 'unexpected fields or values'],
      ['vault id short', (h) => (h.vaultId = h.vaultId.slice(2)), 'unexpected fields or values'],
      ['items folder', (h) => (h.itemsDir = 'items-1'), 'unexpected fields or values'],
      ['KEK check 15', (h) => (h.kekCheck = b64(15)), 'unexpected fields or values'],
      ['digest 31', (h) => (h.digest = b64(31)), 'unexpected fields or values'],
      ['MAC 31', (h) => (h.mac = b64(31)), 'unexpected fields or values'],
      ['MAC 33', (h) => (h.mac = b64(33)), 'unexpected fields or values'],
      ['an extra field', (h) => (h.note = 'x'), 'unexpected fields or values'],
      ['an extra KDF field', (h) => (h.kdf.note = 'x'), 'unexpected fields or values'],
      ['an extra wrap field', (h) => (h.passphraseWrap.note = 'x'), 'unexpected fields or values'],
      ['an extra recovery field', (h) => (h.recoveryWrap.note = 'x'), 'unexpected fields or values'],
      ['no MAC', (h) => delete h.mac, 'unexpected fields or values'],
    ];
    for (const [name, edit, expected] of cases) {
      expect([name, problemOf(written(edit))]).toEqual([name, expected]);
    }
  });
});
