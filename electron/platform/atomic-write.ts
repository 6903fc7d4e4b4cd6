import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LEGACY_TEMP_PREFIX, TEMP_PREFIX } from './temp-prefix';

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
  await sweepPartialsOnce(dir);
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

/** Creates a private directory and makes its entry in the parent durable. */
export async function makeDir(dir: string, opts: WriteOptions): Promise<void> {
  await fs.mkdir(dir, { mode: DIR_MODE });
  if (opts.durable) await fsyncDir(path.dirname(dir), opts.fs);
}

/**
 * Windows refuses to replace a file that a virus scanner or indexer briefly holds open; a few short
 * retries get past that. Elsewhere a failure is real and is reported at once.
 */
export async function renameWithRetry(
  from: string,
  to: string,
  vfs: VaultFs = nodeVaultFs,
  // Tests of the Windows behaviour pass these; nothing shipped does.
  retry: { windows: boolean; wait: (ms: number) => Promise<void> } = { windows: isWindows, wait: sleep },
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await vfs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!retry.windows || attempt >= 20 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      await retry.wait(25 + attempt * 25);
    }
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A temp name inside a vault, where the names of older versions are Harbor's too. */
export const isVaultTempName = (name: string) => name.startsWith(TEMP_PREFIX) || name.startsWith(LEGACY_TEMP_PREFIX);

/**
 * Removes leftovers of interrupted writes inside a vault (its writer lock is held, so none is in
 * progress); only names Harbor itself made are touched.
 */
export async function removeTempEntries(dir: string, names?: string[]): Promise<number> {
  const entries = names ?? (await fs.readdir(dir));
  let removed = 0;
  for (const name of entries) {
    if (!isVaultTempName(name)) continue;
    await fs.rm(path.join(dir, name), {
      recursive: true,
      // Stryker disable next-line BooleanLiteral: the name was just listed under the vault's lock; force only spares an error if something outside Harbor removed it meanwhile
      force: true,
    });
    removed++;
  }
  return removed;
}

/** When this process started: a partial file older than that belongs to a writer that is gone. */
const PROCESS_START_MS = performance.timeOrigin;
const swept = new Set<string>();

/**
 * Removes what writes cut short (a crash, kill -9, power loss) left in `dir`: only Harbor's
 * `.harbor-partial-` names, and only those last written before this process started, so a write
 * still going on in another Harbor is left alone. Beside an export such a file can be a plaintext
 * DOCX or PDF, so it must not wait for the person to notice it.
 */
export async function removeOrphanedPartials(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const entry = path.join(dir, name);
    const stat = await fs.lstat(entry).catch(() => undefined);
    // Stryker disable next-line EqualityOperator: a file written in the very millisecond this process started cannot be made on purpose
    if (!stat || stat.mtimeMs >= PROCESS_START_MS) continue;
    // Gone meanwhile or not: either way nothing is left, and the error is ignored.
    await fs.rm(entry, { recursive: true }).catch(() => undefined);
    removed++;
  }
  return removed;
}

/** Before the first write into a folder in this process: clear what an earlier one left there. */
export async function sweepPartialsOnce(dir: string): Promise<void> {
  const key = path.resolve(dir);
  if (swept.has(key)) return;
  swept.add(key);
  await removeOrphanedPartials(key);
}
