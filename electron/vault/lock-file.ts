import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from './aead';
import { FILE_MODE, nodeVaultFs, tempName, type VaultFs } from '../platform/atomic-write';
import { LOCK_FILE } from './constants';
import { vaultErrors } from './vault-errors';

/**
 * One writer per vault. The lock file names its holder (pid, host, a random token); a second
 * opener backs off while that process lives. A lock left by a process that died (same computer,
 * pid gone, or the computer restarted since) is taken over, so a crash never locks anyone out.
 * Locks from another computer (a vault on a shared or synced drive) are always respected: Harbor
 * cannot tell whether that process is alive. The lock's temporary files are written, renamed and
 * removed through the vault's file operations (`VaultFs`), so tests can make another opener act at
 * any of those steps.
 */

interface LockInfo {
  pid: number;
  token: string;
  hostname: string;
  /** Boot time in seconds since the epoch, to spot a pid reused after a restart. */
  boot: number;
}

/** Unreadable lock files (a crash between create and write) are trusted this long. */
const UNREADABLE_GRACE_MS = 10_000;
const BOOT_TOLERANCE_S = 600;

const bootTime = () => Math.round(Date.now() / 1000 - os.uptime());

function parseLock(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (
      typeof v.pid === 'number' &&
      Number.isInteger(v.pid) &&
      v.pid > 0 &&
      typeof v.token === 'string' &&
      typeof v.hostname === 'string' &&
      typeof v.boot === 'number'
    ) {
      return v as LockInfo;
    }
  } catch {
    // fall through
  }
  return null;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

async function isStale(file: string, text: string): Promise<boolean> {
  const info = parseLock(text);
  if (!info) {
    // A lock file gone meanwhile fails here with ENOENT, and acquire tries again from the start.
    const { mtimeMs } = await fs.stat(file);
    return Date.now() - mtimeMs > UNREADABLE_GRACE_MS;
  }
  if (info.hostname !== os.hostname()) return false;
  if (Math.abs(info.boot - bootTime()) > BOOT_TOLERANCE_S) return true;
  return !processAlive(info.pid);
}

const readText = (file: string) => fs.readFile(file, 'utf8').catch(() => null);

export class VaultLock {
  private released = false;

  private constructor(
    readonly file: string,
    private readonly token: string,
    private readonly vfs: VaultFs,
  ) {}

  /** `vfs` is the real node:fs/promises except in tests (see VaultFs). */
  static async acquire(dir: string, vfs: VaultFs = nodeVaultFs): Promise<VaultLock> {
    const file = path.join(dir, LOCK_FILE);
    const token = randomBytes(16).toString('hex');
    const info: LockInfo = {
      pid: process.pid,
      token,
      hostname: os.hostname(),
      boot: bootTime(),
    };
    const content = `${JSON.stringify(info)}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        if (await createExclusive(vfs, dir, file, content)) return new VaultLock(file, token, vfs);
        // Released meanwhile: ENOENT, and the next attempt creates it.
        const existing = await fs.readFile(file, 'utf8');
        if (!(await isStale(file, existing))) throw vaultErrors.inUse();
        // Take over only if it is still the very lock we judged stale, then confirm we won.
        const tmp = path.join(dir, tempName());
        await writeNew(vfs, tmp, content);
        if ((await readText(file)) !== existing) {
          // Gone already (another opener's housekeeping) is ENOENT: tried again all the same.
          await vfs.rm(tmp);
          continue;
        }
        await vfs.rename(tmp, file);
        if ((await readText(file)) === content) return new VaultLock(file, token, vfs);
      } catch (error) {
        // The holder's housekeeping may remove our temp file mid-attempt (it deletes every .tmp-*).
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw vaultErrors.inUse();
  }

  /** Before every write: if someone broke our lock, stop rather than write alongside them. */
  async assertHeld(): Promise<void> {
    const text = await readText(this.file);
    if (this.released || text === null || parseLock(text)?.token !== this.token) throw vaultErrors.lockLost();
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const text = await readText(this.file);
    if (text !== null && parseLock(text)?.token === this.token) await this.vfs.rm(this.file, { force: true });
  }
}

/**
 * Creates the lock with its full content in one step: written to a temp file, then hard-linked
 * into place (link fails if the name exists). File systems without hard links (FAT, exFAT) fall
 * back to an exclusive create.
 */
async function createExclusive(vfs: VaultFs, dir: string, file: string, content: string): Promise<boolean> {
  const tmp = path.join(dir, tempName());
  await writeNew(vfs, tmp, content);
  try {
    await fs.link(tmp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV' && code !== 'EOPNOTSUPP') {
      throw error;
    }
    try {
      await writeNew(vfs, file, content);
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    await vfs.rm(tmp, { force: true });
  }
}

/** Creates `file` (never replacing one) readable by its owner only, holding `content`. */
async function writeNew(vfs: VaultFs, file: string, content: string): Promise<void> {
  const handle = await vfs.open(file, 'wx', FILE_MODE);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
