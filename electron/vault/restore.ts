import { promises as fs } from 'node:fs';
import path from 'node:path';
import { equalBytes, randomBytes, wipe } from './aead';
import { DIR_MODE, fsyncDir, renameWithRetry, sweepPartialsOnce, writeFileAtomic } from '../platform/atomic-write';
import { TEMP_PREFIX } from './constants';
import { fileSource, readBackup } from './backup';
import { headerExists, headerPath, revisionFileName } from './layout';
import { deriveKek } from './kdf';
import { kekMatches } from './header';
import { openWith, unlockWithKek } from './lifecycle';
import { checkPassphrase } from './key-ring';
import type { OpenVault } from './types';
import { unwrapWithKek } from './vault-key';
import { asHarborError, vaultErrors } from './vault-errors';

/** Refuses a target that holds anything; true when it is an empty folder (false: not there yet). */
async function assertFreeTarget(target: string): Promise<boolean> {
  if (await headerExists(target)) throw vaultErrors.vaultExists();
  try {
    const entries = await fs.readdir(target);
    if (entries.length > 0) throw vaultErrors.folderNotEmpty();
    // Stryker disable next-line BooleanLiteral: POSIX renames a folder over an empty one; the rmdir below is for Windows
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'ENOTDIR') throw vaultErrors.folderNotEmpty();
    throw error;
  }
}

/**
 * Two passes over the backup. The first checks everything (passphrase, header MAC, every item,
 * the whole-file HMAC) and writes nothing. The second copies the items into a private temp
 * directory beside the target while checking the HMAC again (the file could have changed in
 * between), and only then renames that directory into place: the target is either untouched or
 * a complete vault.
 */
export async function restoreBackup(file: string, dir: string, passphrase: string): Promise<OpenVault> {
  const target = path.resolve(dir);
  const held: { kek?: Buffer } = {};
  try {
    checkPassphrase(passphrase);
    await assertFreeTarget(target);
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(path.resolve(file), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw vaultErrors.invalid('vault.backupMissing');
      }
      throw error;
    }
    try {
      const source = await fileSource(handle);
      const first = await readBackup(source, {
        checkItems: true,
        unlock: async (header) => {
          held.kek = await deriveKek(passphrase, header.kdf);
          const vaultKey = unwrapWithKek(held.kek, header);
          if (!vaultKey) {
            // The right passphrase on a changed wrap is damage, never a wrong attempt.
            throw kekMatches(held.kek, header) === true
              ? vaultErrors.backupDamaged('the key wrap does not authenticate')
              : vaultErrors.wrongPassphrase();
          }
          return vaultKey;
        },
      });
      wipe(first.vaultKey);
      const knownKek = held.kek!;

      const parent = path.dirname(target);
      await fs.mkdir(parent, { recursive: true, mode: DIR_MODE });
      await sweepPartialsOnce(parent);
      const tmp = path.join(parent, `${TEMP_PREFIX}restore-${randomBytes(8).toString('hex')}`);
      await fs.mkdir(tmp, { mode: DIR_MODE });
      try {
        const write = { durable: true };
        const items = path.join(tmp, first.header.itemsDir);
        await fs.mkdir(items, { mode: DIR_MODE });
        const madeDirs = new Set<string>();
        const second = await readBackup(source, {
          // Stryker disable next-line BooleanLiteral: checking the items again in the copy finds what the first pass found
          checkItems: false,
          unlock: async (header) => {
            const vaultKey = unwrapWithKek(knownKek, header);
            if (!vaultKey) throw vaultErrors.backupDamaged('the file changed while Harbor was reading it');
            return vaultKey;
          },
          onItem: async (itemId, revision, bytes) => {
            const itemDir = path.join(items, itemId);
            if (!madeDirs.has(itemId)) {
              await fs.mkdir(itemDir, { mode: DIR_MODE });
              madeDirs.add(itemId);
            }
            await writeFileAtomic(path.join(itemDir, revisionFileName(revision)), bytes, write);
          },
        });
        wipe(second.vaultKey);
        if (!equalBytes(second.headerBytes, first.headerBytes) || second.count !== first.count) {
          throw vaultErrors.backupDamaged('the file changed while Harbor was reading it');
        }
        await fsyncDir(items);
        await writeFileAtomic(headerPath(tmp), second.headerBytes, write);
        // Checked again: another program may have created the vault while we were copying.
        // Stryker disable next-line ConditionalExpression: POSIX renames a folder over an empty one; this is for Windows
        if (await assertFreeTarget(target)) await fs.rmdir(target);
        await renameWithRetry(tmp, target);
        await fsyncDir(parent);
      } catch (error) {
        await fs.rm(tmp, { recursive: true }).catch(() => undefined);
        throw error;
      }
    } finally {
      await handle.close();
    }
    return await openWith(target, unlockWithKek(held.kek!));
  } catch (error) {
    throw asHarborError(error);
  } finally {
    wipe(held.kek);
  }
}
