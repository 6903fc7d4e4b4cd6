import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from './aead';
import { fsyncDir, isVaultTempName } from '../platform/atomic-write';
import { HEADER_FILE, ITEMS_DIR_PATTERN } from './constants';
import { VaultLock } from './lock-file';
import { asHarborError, vaultErrors } from './vault-errors';

/** Other small files Harbor keeps inside the vault folder (see electron/session/attempt-guard.ts). */
const SIDE_FILES = ['attempts.json'];

/**
 * Deletes a vault for good. The header (which holds the only wrapped copies of the vault key) is
 * overwritten with random bytes and synced first, so even a file-recovery tool that finds the item
 * files has nothing that can open them. Only Harbor's own names are touched; the folder itself goes
 * only when nothing else is left in it. Refused while another process has the vault open.
 */
export async function eraseVault(dir: string): Promise<void> {
  const root = path.resolve(dir);
  try {
    // Without this, taking the lock in a missing folder fails every try and reads as "in use".
    if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) throw vaultErrors.noVault();
    const lock = await VaultLock.acquire(root);
    try {
      const header = path.join(root, HEADER_FILE);
      const size = await fs
        .stat(header)
        .then((s) => s.size)
        // Stryker disable next-line ArrowFunction: `() => undefined` is equivalent: no size is not more than 0 either
        .catch(() => 0);
      if (size > 0) {
        const handle = await fs.open(header, 'r+');
        try {
          await handle.write(randomBytes(size), 0, size, 0);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }
      await fs.rm(header, { force: true });
      await fsyncDir(root).catch(() => undefined);
      for (const name of await fs.readdir(root)) {
        if (ITEMS_DIR_PATTERN.test(name) || isVaultTempName(name) || SIDE_FILES.includes(name)) {
          await fs.rm(path.join(root, name), {
            recursive: true,
            // Stryker disable next-line BooleanLiteral: each name was just listed under the vault's lock; force only spares an error if something else removed it meanwhile
            force: true,
          });
        }
      }
    } finally {
      await lock.release().catch(() => undefined);
    }
    await fs.rmdir(root).catch(() => undefined);
  } catch (error) {
    throw asHarborError(error);
  }
}
