import { describe, expect, it } from 'vitest';
import { KDF_FLOOR, KDF_MAX } from '../../../electron/vault/constants';
import {
  assertKdfAcceptable,
  calibrateKdf,
  deriveKek,
  isBelowFloor,
  isBeyondMax,
  type DerivationTimer,
} from '../../../electron/vault/kdf';
import type { KdfParams } from '../../../electron/vault/types';
import { HarborError } from '../../../shared/errors';
import { FAST_KDF } from './helpers';

const floor = { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };
const params = (salt = Buffer.alloc(16, 3)): KdfParams => ({
  algorithm: 'argon2id',
  ...FAST_KDF,
  salt: salt.toString('base64'),
});

function refusal(p: { memoryKiB: number; iterations: number; parallelism: number }): string | null {
  try {
    assertKdfAcceptable(p);
    return null;
  } catch (error) {
    return (error as HarborError).messageKey;
  }
}

describe('KDF settings a header may carry', () => {
  it('the floor itself is accepted; one step below it in any setting is a downgrade', () => {
    expect(refusal(floor)).toBeNull();
    expect(refusal({ ...floor, memoryKiB: floor.memoryKiB - 1 })).toBe('vault.weakKdf');
    expect(refusal({ ...floor, iterations: floor.iterations - 1 })).toBe('vault.weakKdf');
    expect(refusal({ ...floor, parallelism: 0 })).toBe('vault.weakKdf');
    expect(isBelowFloor(floor)).toBe(false);
  });

  it('the ceiling itself is accepted; one step above it in any setting is refused as too costly', () => {
    const small = { memoryKiB: KDF_MAX.work / KDF_MAX.iterations, iterations: KDF_MAX.iterations, parallelism: 1 };
    expect(refusal(small)).toBeNull();
    expect(refusal({ ...small, iterations: KDF_MAX.iterations + 1, memoryKiB: floor.memoryKiB })).toBe(
      'vault.kdfTooCostly',
    );
    const wide = { memoryKiB: KDF_MAX.memoryKiB, iterations: KDF_MAX.work / KDF_MAX.memoryKiB, parallelism: 4 };
    expect(refusal(wide)).toBeNull();
    expect(refusal({ ...wide, memoryKiB: KDF_MAX.memoryKiB + 1, iterations: floor.iterations })).toBe(
      'vault.kdfTooCostly',
    );
    expect(refusal({ ...wide, parallelism: KDF_MAX.parallelism + 1 })).toBe('vault.kdfTooCostly');
    // Within every single limit, but more work in all than the ceiling allows.
    expect(refusal({ ...small, memoryKiB: small.memoryKiB + 1 })).toBe('vault.kdfTooCostly');
    expect(isBeyondMax(small)).toBe(false);
  });

  // In numbers, not from the constants: a change to the floor or the ceiling must fail here.
  it('are held to the floor and ceiling docs/vault-format.md promises: 19 MiB × 2 up to 128 MiB, 32 passes, 4 lanes', () => {
    expect(refusal({ memoryKiB: 19456, iterations: 2, parallelism: 1 })).toBeNull();
    expect(refusal({ memoryKiB: 19455, iterations: 2, parallelism: 1 })).toBe('vault.weakKdf');
    expect(refusal({ memoryKiB: 65536, iterations: 1, parallelism: 1 })).toBe('vault.weakKdf');
    expect(refusal({ memoryKiB: 131072, iterations: 16, parallelism: 1 })).toBeNull();
    expect(refusal({ memoryKiB: 131073, iterations: 2, parallelism: 1 })).toBe('vault.kdfTooCostly');
    expect(refusal({ memoryKiB: 19456, iterations: 32, parallelism: 1 })).toBeNull();
    expect(refusal({ memoryKiB: 19456, iterations: 33, parallelism: 1 })).toBe('vault.kdfTooCostly');
    expect(refusal({ memoryKiB: 19456, iterations: 2, parallelism: 4 })).toBeNull();
    expect(refusal({ memoryKiB: 19456, iterations: 2, parallelism: 5 })).toBe('vault.kdfTooCostly');
    // 2 GiB·passes of work in all: 128 MiB × 16 passes, or 64 MiB × 32.
    expect(refusal({ memoryKiB: 65536, iterations: 32, parallelism: 1 })).toBeNull();
    expect(refusal({ memoryKiB: 65537, iterations: 32, parallelism: 1 })).toBe('vault.kdfTooCostly');
  });

  it("Argon2id's own minimum of 8 KiB a lane is refused before it reaches the library", () => {
    expect(isBeyondMax({ memoryKiB: 32, iterations: 2, parallelism: 4 })).toBe(false);
    expect(isBeyondMax({ memoryKiB: 31, iterations: 2, parallelism: 4 })).toBe(true);
  });
});

describe('deriving the key-encryption key', () => {
  it('is 32 bytes, the same for the same passphrase and salt, different for another passphrase or salt', async () => {
    const a = await deriveKek('a long passphrase', params());
    expect(a).toHaveLength(32);
    expect((await deriveKek('a long passphrase', params())).equals(a)).toBe(true);
    expect((await deriveKek('a long passphrasf', params())).equals(a)).toBe(false);
    expect((await deriveKek('a long passphrase', params(Buffer.alloc(16, 4)))).equals(a)).toBe(false);
    // A 64-byte salt (the longest a header may carry) works too.
    expect(await deriveKek('a long passphrase', params(Buffer.alloc(64, 4)))).toHaveLength(32);
  });

  it('refuses a salt that is not canonical base64 of 16 to 64 bytes as damage, and weak settings as weak', async () => {
    for (const salt of ['', Buffer.alloc(15).toString('base64'), Buffer.alloc(65).toString('base64'), 'AAAA AAAA']) {
      const error = await deriveKek('p', { ...params(), salt }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HarborError);
      expect((error as HarborError).messageKey).toBe('vault.headerDamaged');
      expect((error as HarborError).details).toMatchObject({ problem: 'kdf salt' });
    }
    const weak = await deriveKek('p', { ...params(), iterations: 1 }).catch((e: unknown) => e);
    expect((weak as HarborError).messageKey).toBe('vault.weakKdf');
  });

  it('leaves no copy of the passphrase in memory once the key is derived, or once deriving it failed', async () => {
    for (const outcome of ['derived', 'failed'] as const) {
      let given: Uint8Array | null = null;
      const compute = async (input: { password: Uint8Array }) => {
        given = input.password;
        expect(Buffer.from(given).toString()).toBe('a long passphrase');
        if (outcome === 'failed') throw new Error('the worker went away');
        return new Uint8Array(32).fill(9);
      };
      await deriveKek('a long passphrase', params(), compute).catch(() => undefined);
      expect(given).not.toBeNull();
      expect([...given!].every((byte) => byte === 0)).toBe(true);
    }
  });
});

describe('calibration', () => {
  /** A computer on which each pass of 64 MiB takes `msPerPass`; records the passes tried. */
  const computer =
    (msPerPass: number, tried: number[] = []): DerivationTimer =>
    async (memoryKiB, iterations) => {
      expect(memoryKiB).toBe(64 * 1024);
      tried.push(iterations);
      return msPerPass * iterations;
    };

  it('on a slow computer stays at 3 passes, after one timing', async () => {
    const tried: number[] = [];
    expect(await calibrateKdf(500, computer(200, tried))).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(tried).toEqual([3]);
    // Exactly at the target is enough.
    const exact: number[] = [];
    expect((await calibrateKdf(300, computer(100, exact))).iterations).toBe(3);
    expect(exact).toEqual([3]);
  });

  it('aims about a fifth above the target, so one derivation lands between the target and twice it', async () => {
    const tried: number[] = [];
    // 3 passes take 300 ms; 600 ms aimed at → 6 passes (600 ms), at the target: stop.
    expect((await calibrateKdf(500, computer(100, tried))).iterations).toBe(6);
    expect(tried).toEqual([3, 6]);
    // Rounded up: 3 passes in 290 ms, 600 / 96.7 = 6.2 → 7 passes.
    expect((await calibrateKdf(500, computer(290 / 3))).iterations).toBe(7);
  });

  it('times at most four times, then takes the last estimate', async () => {
    const tried: number[] = [];
    // Each timing just short of the target, however many passes: at least one pass more each round.
    const stubborn: DerivationTimer = async (_m, iterations) => {
      tried.push(iterations);
      return 499;
    };
    expect((await calibrateKdf(500, stubborn)).iterations).toBe(9);
    expect(tried).toEqual([3, 4, 5, 7]);
  });

  it('never beyond 16 passes, however fast the computer or broken its clock', async () => {
    const tried: number[] = [];
    expect((await calibrateKdf(500, computer(1, tried))).iterations).toBe(16);
    expect(tried).toEqual([3, 16]);
    // A clock that says no time passed at all.
    expect((await calibrateKdf(500, computer(0))).iterations).toBe(16);
  });

  it('by default aims at half a second', async () => {
    const tried: number[] = [];
    expect((await calibrateKdf(undefined, computer(499 / 3, tried))).iterations).toBe(4);
    expect(tried).toEqual([3, 4]);
  });
});
