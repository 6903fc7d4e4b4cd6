import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { delayAfterFailures, MAX_DELAY_MS } from '../../../electron/session/attempt-delay';
import { ATTEMPTS_FILE, createUnlockGuard } from '../../../electron/session/attempt-guard';
import { createVault, openVault, vaultExists } from '../../../electron/vault/index';

const FAST_KDF = { kdf: { memoryKiB: 19456, iterations: 2 } };
const dirs: string[] = [];
async function tempVaultDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-guard-'));
  dirs.push(dir);
  return path.join(dir, 'vault');
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const wrong = () => Promise.reject(new HarborError('wrong_passphrase', 'vault.wrongPassphrase'));
const wrongKey = () => Promise.reject(new HarborError('wrong_recovery_key', 'vault.wrongRecoveryKey'));

/** A clock that only moves when the guard sleeps (or the test says so), recording every wait. */
function fakeTime() {
  let t = 1_000_000;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
    waits,
  };
}

describe('the wait after wrong passphrases', () => {
  it('is nothing for the first three, then doubles from 2 s up to the cap', () => {
    const delays = Array.from({ length: 14 }, (_, i) => delayAfterFailures(i + 1));
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    expect(delays.slice(3, 7)).toEqual([2_000, 4_000, 8_000, 16_000]);
    for (let i = 4; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBe(MAX_DELAY_MS);
  });

  it('grows with each wrong attempt, is waited out before the next try, and survives a restart', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep, erase: async () => undefined });
    for (let i = 0; i < 6; i++) await expect(guard.attempt(wrong)).rejects.toMatchObject({ code: 'wrong_passphrase' });
    // Attempts 5 and 6 had to wait for the delays the 4th and 5th failures set.
    expect(time.waits).toEqual([2_000, 4_000]);
    expect(await guard.status()).toMatchObject({ failures: 6, retryInMs: 8_000, eraseAfter: null });

    // A new guard (as after restarting Harbor) reads the same count from the vault folder.
    const again = createUnlockGuard({ dir, now: time.now, sleep: time.sleep, erase: async () => undefined });
    expect(await again.status()).toMatchObject({ failures: 6, retryInMs: 8_000 });
    time.advance(3_000);
    expect((await again.status()).retryInMs).toBe(5_000);
    await expect(again.attempt(async () => 'opened')).resolves.toBe('opened');
    expect(time.waits.at(-1)).toBe(5_000);
    expect(await again.status()).toMatchObject({ failures: 0, retryInMs: 0 });
  });

  it('runs attempts one at a time, so firing many at once gains nothing', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep, erase: async () => undefined });
    await Promise.allSettled(Array.from({ length: 5 }, () => guard.attempt(wrong)));
    expect((await guard.status()).failures).toBe(5);
    expect(time.waits).toEqual([2_000]);
  });

  it('keeps only numbers in its file', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const guard = createUnlockGuard({ dir, erase: async () => undefined });
    await expect(guard.attempt(wrong)).rejects.toThrow();
    const saved = JSON.parse(await fs.readFile(path.join(dir, ATTEMPTS_FILE), 'utf8'));
    expect(Object.keys(saved).sort()).toEqual([
      'eraseAfter',
      'failures',
      'lastFailureAt',
      'wrongPassphrases',
      'wrongRecoveryKeys',
    ]);
    expect(Object.values(saved).every((v) => v === null || typeof v === 'number')).toBe(true);
  });
});

describe('a clock that moves', () => {
  const DAY = 86_400_000;

  it('moved back after wrong tries (clock was two days ahead): the right passphrase waits no longer than the delay', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep, erase: async () => undefined });
    time.advance(2 * DAY);
    for (let i = 0; i < 5; i++) await expect(guard.attempt(wrong)).rejects.toThrow();
    time.advance(-2 * DAY); // the clock is corrected
    const status = await guard.status();
    expect(status.retryInMs).toBe(delayAfterFailures(5));
    await expect(guard.attempt(async () => 'opened')).resolves.toBe('opened');
    expect(time.waits.at(-1)).toBe(delayAfterFailures(5));
  });

  it('an attempts.json edited to fail "25 days from now" a million times waits at most the longest delay', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const time = fakeTime();
    await fs.writeFile(
      path.join(dir, ATTEMPTS_FILE),
      JSON.stringify({ failures: 1_000_000, lastFailureAt: time.now() + 25 * DAY, eraseAfter: null }),
    );
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep, erase: async () => undefined });
    expect((await guard.status()).retryInMs).toBe(MAX_DELAY_MS);
    await expect(guard.attempt(async () => 'opened')).resolves.toBe('opened');
    expect(time.waits).toEqual([MAX_DELAY_MS]);
  });

  it('moved forward: a delay already passed is not waited again', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep, erase: async () => undefined });
    for (let i = 0; i < 5; i++) await expect(guard.attempt(wrong)).rejects.toThrow();
    const waitsBefore = time.waits.length;
    time.advance(2 * DAY);
    expect((await guard.status()).retryInMs).toBe(0);
    await expect(guard.attempt(async () => 'opened')).resolves.toBe('opened');
    expect(time.waits.length).toBe(waitsBefore);
  });
});

describe('erase after N wrong attempts', () => {
  it('never erases while it is off (the default), however many attempts fail', async () => {
    const dir = await tempVaultDir();
    const { vault } = await createVault(dir, 'the right passphrase', FAST_KDF);
    await vault.close();
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep });
    for (let i = 0; i < 12; i++) {
      await expect(guard.attempt(() => openVault(dir, 'not it at all'))).rejects.toMatchObject({
        code: 'wrong_passphrase',
      });
    }
    expect(await vaultExists(dir)).toBe(true);
    const reopened = await guard.attempt(() => openVault(dir, 'the right passphrase'));
    await reopened.close();
  });

  it('when turned on, deletes the vault files for good at the limit and says so', async () => {
    const dir = await tempVaultDir();
    const { vault } = await createVault(dir, 'the right passphrase', FAST_KDF);
    await vault.close();
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep });
    await guard.setEraseAfter(5);
    for (let i = 0; i < 4; i++) {
      await expect(guard.attempt(() => openVault(dir, 'not it at all'))).rejects.toMatchObject({ details: undefined });
    }
    expect(await vaultExists(dir)).toBe(true);
    const fifth = guard.attempt(() => openVault(dir, 'not it at all'));
    await expect(fifth).rejects.toMatchObject({ code: 'wrong_passphrase', details: { erased: true } });
    await expect(fifth).rejects.toThrow(/erased/);
    expect(await vaultExists(dir)).toBe(false);
    // Nothing of it is left: not the header, not an item file.
    await expect(fs.readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(openVault(dir, 'the right passphrase')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('resets the count on a right passphrase, so the limit counts attempts in a row', async () => {
    const dir = await tempVaultDir();
    const { vault } = await createVault(dir, 'the right passphrase', FAST_KDF);
    await vault.close();
    const time = fakeTime();
    const guard = createUnlockGuard({ dir, now: time.now, sleep: time.sleep });
    await guard.setEraseAfter(5);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) await expect(guard.attempt(() => openVault(dir, 'not it at all'))).rejects.toThrow();
      const v = await guard.attempt(() => openVault(dir, 'the right passphrase'));
      await v.close();
    }
    expect(await vaultExists(dir)).toBe(true);
  });
});

describe('what the erase is put down to', () => {
  /** A guard over an empty folder whose erase only records that it ran, with the limit at 5. */
  async function guardAtFive() {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    const time = fakeTime();
    const erased: string[] = [];
    const guard = createUnlockGuard({
      dir,
      now: time.now,
      sleep: time.sleep,
      erase: async (d) => void erased.push(d),
    });
    await guard.setEraseAfter(5);
    return { dir, guard, erased };
  }
  /** Runs the attempts in order; the last reaches the limit. Returns the error it was refused with. */
  async function eraseWith(guard: Awaited<ReturnType<typeof guardAtFive>>['guard'], tries: (typeof wrong)[]) {
    for (const attempt of tries.slice(0, -1)) {
      await expect(guard.attempt(attempt)).rejects.toMatchObject({ details: undefined });
    }
    return guard.attempt(tries.at(-1)!).then(
      () => expect.unreachable('the last attempt should have erased the vault'),
      (e: HarborError) => e,
    );
  }

  it('wrong passphrases only: passphrases', async () => {
    const { guard, erased } = await guardAtFive();
    const error = await eraseWith(guard, [wrong, wrong, wrong, wrong, wrong]);
    expect(erased).toHaveLength(1);
    expect(error).toMatchObject({ code: 'wrong_passphrase', details: { erased: true, erasedBy: 'passphrases' } });
  });

  it('wrong recovery keys only: recovery keys', async () => {
    const { guard } = await guardAtFive();
    const error = await eraseWith(guard, [wrongKey, wrongKey, wrongKey, wrongKey, wrongKey]);
    expect(error).toMatchObject({ code: 'wrong_recovery_key', details: { erased: true, erasedBy: 'recovery-keys' } });
  });

  it('some of each: both, whichever came last', async () => {
    const first = await guardAtFive();
    expect((await eraseWith(first.guard, [wrongKey, wrong, wrong, wrong, wrong])).details).toEqual({
      erased: true,
      erasedBy: 'both',
    });
    const second = await guardAtFive();
    expect((await eraseWith(second.guard, [wrong, wrong, wrong, wrong, wrongKey])).details).toEqual({
      erased: true,
      erasedBy: 'both',
    });
  });

  it('forgets the kinds with the count after a right attempt', async () => {
    const { guard } = await guardAtFive();
    for (let i = 0; i < 4; i++) await expect(guard.attempt(wrong)).rejects.toThrow();
    await guard.attempt(async () => 'opened');
    const error = await eraseWith(guard, [wrongKey, wrongKey, wrongKey, wrongKey, wrongKey]);
    expect(error.details).toEqual({ erased: true, erasedBy: 'recovery-keys' });
  });

  it('counts the kinds across a restart, as the count itself', async () => {
    const { dir, guard } = await guardAtFive();
    for (let i = 0; i < 3; i++) await expect(guard.attempt(wrongKey)).rejects.toThrow();
    const again = createUnlockGuard({ dir, sleep: async () => undefined, erase: async () => undefined });
    const error = await eraseWith(again, [wrong, wrong]);
    expect(error.details).toEqual({ erased: true, erasedBy: 'both' });
  });

  it('names no cause when some wrong attempts were counted by a Harbor that did not note their kind', async () => {
    const dir = await tempVaultDir();
    await fs.mkdir(dir);
    await fs.writeFile(
      path.join(dir, ATTEMPTS_FILE),
      JSON.stringify({ failures: 4, lastFailureAt: null, eraseAfter: 5 }),
    );
    const guard = createUnlockGuard({ dir, sleep: async () => undefined, erase: async () => undefined });
    const error = await eraseWith(guard, [wrong]);
    expect(error.details).toEqual({ erased: true });
  });
});
