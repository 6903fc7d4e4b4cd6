import { describe, expect, it } from 'vitest';
import {
  deriveShareKeys,
  keysFromMaster,
  SHARE_KDF_DEFAULT,
  shareKdfAcceptable,
  wipeKeys,
} from '../../../electron/share/share-keys';
import { FLOOR_KDF } from '../../support/share-fixtures';

// A package names the Argon2id cost its code was stretched with. Edited down, the code would be
// cheap to guess offline; edited up, opening the file would tie Harbor up. docs/share-format.md:
// at least the vault's floor (19 MiB, 2 passes, 1 lane), at most 256 MiB, 16 passes, 4 lanes and
// 512 MiB-passes in all.
const cost = (memoryKiB: number, iterations: number, parallelism = 1) => ({ memoryKiB, iterations, parallelism });

describe('the key derivation cost a package may ask for', () => {
  it.each([
    ['the floor', cost(19456, 2)],
    ['the default for new packages', SHARE_KDF_DEFAULT],
    ['the most memory, within the work bound', cost(262144, 2)],
    ['the most passes, within the work bound', cost(32768, 16)],
    ['the most lanes', cost(19456, 2, 4)],
    ['exactly the work bound', cost(65536, 8)],
  ])('accepts %s', (_label, p) => {
    expect(shareKdfAcceptable(p)).toBe(true);
  });

  it.each([
    ['memory just under the floor', cost(19455, 2)],
    ['one pass', cost(65536, 1)],
    ['no lanes', cost(19456, 2, 0)],
    ['memory just over the most', cost(262145, 1)],
    ['passes just over the most', cost(19456, 17)],
    ['five lanes', cost(19456, 2, 5)],
    ['work just over the bound', cost(65537, 8)],
    ['the most memory and passes together', cost(262144, 16)],
  ])('refuses %s', (_label, p) => {
    expect(shareKdfAcceptable(p)).toBe(false);
  });
});

describe('the four keys of a share code', () => {
  it('are four different keys, and the same code and salt always give the same four', async () => {
    const salt = Buffer.alloc(16, 1);
    const a = await deriveShareKeys('abandon ability able about above absent absorb', salt, FLOOR_KDF);
    const b = await deriveShareKeys('abandon ability able about above absent absorb', salt, FLOOR_KDF);
    expect(a).toEqual(b);
    const all = [a.package, a.check, a.revocation, a.receipt].map((k) => k.toString('hex'));
    expect(new Set(all).size).toBe(4);
    for (const k of all) expect(k).toHaveLength(64);
    // Another code or another salt: other keys.
    const other = await deriveShareKeys('abandon ability able about above absent abuse', salt, FLOOR_KDF);
    const salted = await deriveShareKeys(
      'abandon ability able about above absent absorb',
      Buffer.alloc(16, 2),
      FLOOR_KDF,
    );
    expect(other.package).not.toEqual(a.package);
    expect(salted.package).not.toEqual(a.package);
  });

  it('are wiped from memory when Harbor is done with them', () => {
    const keys = keysFromMaster(Buffer.alloc(32, 9));
    wipeKeys(keys);
    for (const k of [keys.package, keys.check, keys.revocation, keys.receipt])
      expect(k.equals(Buffer.alloc(32))).toBe(true);
  });
});
