import { openVault } from '../vault/index';
import type { OpenVault } from '../vault/types';

/**
 * Opens the vault for one command and always closes it again: closing wipes the keys and releases
 * the writer lock, which the app (or the next command) needs.
 */
export async function withVault<T>(
  dir: string,
  passphrase: string,
  work: (vault: OpenVault) => Promise<T>,
): Promise<T> {
  const vault = await openVault(dir, passphrase);
  try {
    return await work(vault);
  } finally {
    await vault.close();
  }
}
