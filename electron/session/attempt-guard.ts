import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { HarborError, isHarborError } from '../../shared/errors';
import { ERASE_AFTER_CHOICES, type AttemptStatus } from '../../shared/ipc/contract-safety';
import { writeFileAtomic } from '../platform/atomic-write';
import { eraseVault } from '../vault/erase';
import { delayAfterFailures, MAX_DELAY_MS } from './attempt-delay';
import { eraseCause } from './erase-cause';

/**
 * Counts wrong passphrases (and recovery keys) for one vault, makes each attempt after the third
 * wait longer, and, only if the person turned it on, erases the vault after N wrong attempts.
 *
 * The count lives in `attempts.json` inside the vault folder, not in the app's preferences: it
 * belongs to the vault, so the app and the `harbor` command line share one count (the command line
 * has no preferences, and would otherwise be a way around the delay), and it goes when the vault
 * goes. It holds a few numbers (wrong attempts and of which kind, when the last was, the erase
 * limit) and nothing about what is in the vault. Someone who can delete it can reset the delay;
 * the delay only slows guessing, the passphrase and Argon2id are the protection.
 */
export const ATTEMPTS_FILE = 'attempts.json';

const count = z.number().int().min(0).max(1_000_000).catch(0);
const recordSchema = z.object({
  failures: count,
  // Of `failures`, how many were passphrases and how many recovery keys (0 in a file from before).
  wrongPassphrases: count,
  wrongRecoveryKeys: count,
  lastFailureAt: z.number().finite().nullable().catch(null),
  eraseAfter: z.number().int().min(ERASE_AFTER_CHOICES[0]).max(1000).nullable().catch(null),
});
type AttemptRecord = z.infer<typeof recordSchema>;
const NONE_WRONG = { failures: 0, wrongPassphrases: 0, wrongRecoveryKeys: 0, lastFailureAt: null };
const EMPTY: AttemptRecord = { ...NONE_WRONG, eraseAfter: null };

export interface UnlockGuardOptions {
  dir: string;
  /** Deletes the vault for good; electron/vault/erase.ts unless a test stands in. */
  erase?: (dir: string) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface UnlockGuard {
  status(): Promise<AttemptStatus>;
  /**
   * Runs one unlock attempt: first waits out any delay still due (so calling early gains nothing),
   * one attempt at a time. A wrong secret is counted; reaching the erase limit erases the vault and
   * rethrows the wrong-passphrase error with `details.erased`, so exit codes stay the same.
   */
  attempt<T>(run: () => Promise<T>): Promise<T>;
  setEraseAfter(limit: number | null): Promise<AttemptStatus>;
}

const isWrongSecret = (e: unknown) =>
  isHarborError(e) && (e.code === 'wrong_passphrase' || e.code === 'wrong_recovery_key');

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

export function createUnlockGuard({
  dir,
  erase = eraseVault,
  now = Date.now,
  sleep = defaultSleep,
}: UnlockGuardOptions): UnlockGuard {
  const file = path.join(dir, ATTEMPTS_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (): Promise<AttemptRecord> => {
    try {
      return recordSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch {
      return { ...EMPTY };
    }
  };
  const write = async (record: AttemptRecord) => {
    // No vault folder means no vault: nothing to count against.
    const exists = await fs.stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (exists) await writeFileAtomic(file, Buffer.from(`${JSON.stringify(record)}\n`), { durable: true });
  };
  /**
   * A failure time in the future (the clock was ahead, then corrected, or attempts.json was edited)
   * counts as now, and no wait is ever longer than the longest delay: a wrong clock must not lock
   * the person out of their own vault for days.
   */
  const waitFor = (record: AttemptRecord) => {
    if (record.lastFailureAt === null) return 0;
    const at = now();
    const last = Math.min(record.lastFailureAt, at);
    return Math.min(MAX_DELAY_MS, Math.max(0, last + delayAfterFailures(record.failures) - at));
  };
  const toStatus = (record: AttemptRecord): AttemptStatus => ({
    failures: record.failures,
    retryInMs: waitFor(record),
    eraseAfter: record.eraseAfter,
  });

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    status: async () => toStatus(await read()),

    attempt: (run) =>
      serial(async () => {
        const before = await read();
        const wait = waitFor(before);
        if (wait > 0) await sleep(wait);
        try {
          const value = await run();
          if (before.failures > 0) await write({ ...before, ...NONE_WRONG });
          return value;
        } catch (error) {
          if (!isWrongSecret(error)) throw error;
          const wrong = error as HarborError;
          const recoveryKey = wrong.code === 'wrong_recovery_key';
          const record = {
            ...(await read()),
            failures: before.failures + 1,
            wrongPassphrases: before.wrongPassphrases + (recoveryKey ? 0 : 1),
            wrongRecoveryKeys: before.wrongRecoveryKeys + (recoveryKey ? 1 : 0),
            lastFailureAt: now(),
          };
          if (record.eraseAfter !== null && record.failures >= record.eraseAfter) {
            await erase(dir);
            const key =
              wrong.messageKey === 'vault.wrongPassphrase'
                ? 'vault.erasedAfterWrongPassphrase'
                : 'vault.erasedAfterWrongSecret';
            const erasedBy = eraseCause(record);
            throw new HarborError(
              wrong.code,
              { key, params: { count: record.eraseAfter } },
              erasedBy ? { erased: true, erasedBy } : { erased: true },
            );
          }
          await write(record);
          throw error;
        }
      }),

    setEraseAfter: (limit) =>
      serial(async () => {
        const record = { ...(await read()), eraseAfter: limit };
        await write(record);
        return toStatus(record);
      }),
  };
}
