import { createUnlockGuard } from '../session/attempt-guard';
import path from 'node:path';
import { kdfInWorker } from '../vault/kdf-in-worker';
import { openVault } from '../vault/index';
import type { OpenVault } from '../vault/types';

export interface WithVaultOptions {
  /**
   * Called once the key derivation has started in its worker thread, to start what the command
   * will need next (its code, Chromium) meanwhile rather than after. It must not throw, and must
   * handle its own failures: the unlock may still fail (a wrong passphrase), and the work not run.
   */
  whileUnlocking?: () => void;
}

/**
 * Opens the vault for one command and always closes it again: closing wipes the keys and releases
 * the writer lock, which the app (or the next command) needs. Wrong passphrases count against the
 * same limit as in the app, so the command line is no faster way to guess. Argon2id runs in a
 * worker thread, the app's own (electron/vault/kdf-in-worker.ts, built as kdf-worker.js beside
 * this bundle): the same derivation, with the main thread free meanwhile.
 */
export async function withVault<T>(
  dir: string,
  passphrase: string,
  work: (vault: OpenVault) => Promise<T>,
  options: WithVaultOptions = {},
): Promise<T> {
  const inWorker = kdfInWorker(path.join(__dirname, 'kdf-worker.js'));
  const vault = await createUnlockGuard({ dir }).attempt(() =>
    openVault(dir, passphrase, {
      argon2id: (input) => {
        const key = inWorker.derive(input);
        options.whileUnlocking?.();
        return key;
      },
    }),
  );
  try {
    return await work(vault);
  } finally {
    await vault.close();
  }
}
