import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from './aead';
import { TEMP_PREFIX } from './constants';

/**
 * Crash-safe file writes: a reader (or the next start after a crash) sees the old file or the new
 * one, never a mix. The temp file sits in the target's own directory because rename is atomic only
 * within one file system.
 */

/**
 * The file operations through which the vault commits: opening a temp file, syncing it, renaming it
 * over its target, removing, and syncing a directory. The vault takes one as a dependency, the real
 * node:fs/promises by default; tests pass one that fails or "crashes" at a chosen point (and the
 * benchmark one that skips syncs). Nothing shipped ever passes another.
 */
export interface VaultFs {
  open(file: string, flags: string, mode?: number): Promise<fs.FileHandle>;
  syncFile(handle: fs.FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(target: string, opts?: { recursive?: boolean; force?: boolean }): Promise<void>;
  syncDir(dir: string): Promise<void>;
}

export const nodeVaultFs: VaultFs = {
  open: (file, flags, mode) => fs.open(file, flags, mode),
  syncFile: (handle) => handle.sync(),
  rename: (from, to) => fs.rename(from, to),
  rm: (target, opts) => fs.rm(target, opts),
  syncDir: async (dir) => {
    // Windows cannot open a directory for syncing; NTFS journals its metadata, so there it is skipped.
    if (isWindows) return;
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export interface WriteOptions {
  /** false skips fsync (caches: derived data, rebuilt if a crash loses it). */
  durable: boolean;
  /** The vault's file operations; node:fs/promises when absent. */
  fs?: VaultFs;
}

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
const isWindows = process.platform === 'win32';

export function tempName(): string {
  return `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`;
}

export async function writeFileAtomic(file: string, data: Uint8Array, opts: WriteOptions): Promise<void> {
  const vfs = opts.fs ?? nodeVaultFs;
  const dir = path.dirname(file);
  const tmp = path.join(dir, tempName());
  const handle = await vfs.open(tmp, 'wx', FILE_MODE);
  try {
    try {
      await handle.writeFile(data);
      if (opts.durable) await vfs.syncFile(handle);
    } finally {
      await handle.close();
    }
    await renameWithRetry(tmp, file, vfs);
  } catch (error) {
    await vfs.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (opts.durable) await vfs.syncDir(dir);
}

/** Makes a rename (or a new or removed entry) durable. */
export async function fsyncDir(dir: string, vfs: VaultFs = nodeVaultFs): Promise<void> {
  await vfs.syncDir(dir);
}

export async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates a private directory and makes its entry in the parent durable. */
export async function makeDir(dir: string, opts: WriteOptions): Promise<void> {
  await fs.mkdir(dir, { mode: DIR_MODE });
  if (opts.durable) await fsyncDir(path.dirname(dir), opts.fs);
}

/**
 * Windows refuses to replace a file that a virus scanner or indexer briefly holds open; a few short
 * retries get past that. Elsewhere a failure is real and is reported at once.
 */
export async function renameWithRetry(from: string, to: string, vfs: VaultFs = nodeVaultFs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await vfs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!isWindows || attempt >= 20 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 + attempt * 25));
    }
  }
}

/** Removes leftovers of interrupted writes; only names Harbor itself made are touched. */
export async function removeTempEntries(dir: string, names?: string[]): Promise<number> {
  const entries = names ?? (await fs.readdir(dir));
  let removed = 0;
  for (const name of entries) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    await fs.rm(path.join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
