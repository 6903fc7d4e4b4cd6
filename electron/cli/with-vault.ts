import { createUnlockGuard } from '../session/attempt-guard';
import { openVault } from '../vault/index';
import type { OpenVault } from '../vault/types';

/**
 * Opens the vault for one command and always closes it again: closing wipes the keys and releases
 * the writer lock, which the app (or the next command) needs. Wrong passphrases count against the
 * same limit as in the app, so the command line is no faster way to guess.
 */
export async function withVault<T>(
  dir: string,
  passphrase: string,
  work: (vault: OpenVault) => Promise<T>,
): Promise<T> {
  const vault = await createUnlockGuard({ dir }).attempt(() => openVault(dir, passphrase));
  try {
    return await work(vault);
  } finally {
    await vault.close();
  }
}
