import { accessSync, constants, mkdtempSync, promises as fs, statfsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** Chromium's profile (caches, the printed page's traces) lives only in a directory of this name. */
export const PROFILE_PREFIX = 'harbor-chromium-';

/** Linux's shared-memory folder: a tmpfs, in memory only. */
export const SHARED_MEMORY_DIR = '/dev/shm';

/** Room a profile may need there (Chromium writes a few megabytes; a container's /dev/shm can be 64 MiB). */
const SHARED_MEMORY_ROOM = 256 * 2 ** 20;

export interface ProfilesFolderOptions {
  /** Tests stand in for the environment, the platform and the shared-memory folder. */
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  sharedMemory?: string;
}

/**
 * Where profile directories are made. $TMPDIR when it is set (the person's, or a test's, choice
 * of place for temporary files); otherwise, on Linux, the shared-memory tmpfs when it is a folder
 * we may write with room to spare: Chromium creates a hundred files and a dozen databases there as
 * it starts, which cost it a fifth of its start-up's CPU on a disk's file system (its journal
 * and syncs) and nothing in memory, and nothing of a printed story is ever written to a disk.
 * Else the system's temporary folder.
 */
export function profilesFolder({
  env = process.env,
  platform = process.platform,
  sharedMemory = SHARED_MEMORY_DIR,
}: ProfilesFolderOptions = {}): string {
  if (platform === 'linux' && !env.TMPDIR) {
    try {
      accessSync(sharedMemory, constants.W_OK | constants.X_OK);
      const room = statfsSync(sharedMemory);
      if (statSync(sharedMemory).isDirectory() && room.bavail * room.bsize >= SHARED_MEMORY_ROOM) return sharedMemory;
    } catch {
      // No such folder, or not ours to write: the temporary folder, as elsewhere.
    }
  }
  return os.tmpdir();
}

/**
 * The owner's pid is part of the name, written by the same mkdtemp that makes the directory: there
 * is no moment when a new profile exists without saying whose it is (a file written into it
 * afterwards would leave one, and a second Harbor looking then would see no owner).
 */
const OWNED = new RegExp(`^${PROFILE_PREFIX}(\\d{1,10})-`);

/**
 * A new profile directory (owner-only, as mkdtemp makes it) named for this process. Made at once
 * (one small system call), so that a printer can start Chromium in the same tick it is asked to.
 */
export function makeProfileDir(tempDir: string, pid = process.pid): string {
  return mkdtempSync(path.join(tempDir, `${PROFILE_PREFIX}${pid}-`));
}

/** Signal 0 tests a pid without touching the process; EPERM means it lives, under another user. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface OrphanSweep {
  tempDir: string;
  /** Tests stand in for the process table, this process's pid and start, and the user. */
  isAlive?: (pid: number) => boolean;
  pid?: number;
  startedAt?: number;
  uid?: number | null;
}

/**
 * Removes profiles left by a Harbor that was killed mid-print (they hold what Chromium cached of
 * it). Another Harbor printing right now (the app and the command line, or two exports) must keep
 * its profile, however long ago it started: a profile goes only when its owner is no longer
 * running AND it is older than this process, and only our own prefix, only real directories (not
 * links), only the current user's. A profile named with this process's pid but older than it was
 * left by an earlier process that had the same pid. A name with no pid (an older Harbor's) is
 * judged by its age alone, as before.
 */
export async function removeOrphanedProfiles({
  tempDir,
  isAlive = processIsAlive,
  pid = process.pid,
  startedAt = performance.timeOrigin,
  uid = typeof process.getuid === 'function' ? process.getuid() : null,
}: OrphanSweep): Promise<void> {
  const names = await fs.readdir(tempDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(PROFILE_PREFIX)) continue;
    const owner = Number(OWNED.exec(name)?.[1] ?? 0);
    if (owner > 0 && owner !== pid && isAlive(owner)) continue;
    const dir = path.join(tempDir, name);
    const stat = await fs.lstat(dir).catch(() => null);
    const mine = stat !== null && (uid === null || stat.uid === uid);
    if (mine && stat.isDirectory() && stat.mtimeMs < startedAt) {
      await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
