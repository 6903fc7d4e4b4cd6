import { mkdtempSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** Chromium's profile (caches, the printed page's traces) lives only in a directory of this name. */
export const PROFILE_PREFIX = 'harbor-chromium-';

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
