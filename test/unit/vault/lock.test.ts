import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VaultLock } from '../../../electron/vault/lock-file';
import { openVault } from '../../../electron/vault/index';
import { kekFor, nodeVaultFs, openVaultWithKek, processAlive, type VaultFs } from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const bootTime = () => Math.round(Date.now() / 1000 - os.uptime());

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const pid = child.pid!;
  await new Promise((resolve) => child.on('exit', resolve));
  expect(processAlive(pid)).toBe(false);
  return pid;
}

async function writeLock(dir: string, info: Record<string, unknown>) {
  await fs.writeFile(path.join(dir, 'vault.lock'), JSON.stringify(info), { mode: 0o600 });
}

describe('one writer at a time', () => {
  it("a second open while the vault is open is refused with 'in_use'", async () => {
    const { dir, vault } = await newVault();
    const lock = JSON.parse(await fs.readFile(path.join(dir, 'vault.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(lock.token).toMatch(/^[0-9a-f]{32}$/);
    const error = await expectHarborError(openVault(dir, PASS), 'in_use');
    expect(error.message).toBe('This vault is open in another Harbor window or program. Close it there first.');
    await vault.close();
    await expect(fs.stat(path.join(dir, 'vault.lock'))).rejects.toThrow();
    await (await openVault(dir, PASS)).close();
  });

  it('a lock held by another live process is respected', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      await writeLock(dir, { pid: sleeper.pid, token: 'f'.repeat(32), hostname: os.hostname(), boot: bootTime() });
      await expectHarborError(openVault(dir, PASS), 'in_use');
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('a stale lock (its process is gone) is taken over', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    await vault.close();
    await writeLock(dir, { pid: await deadPid(), token: 'e'.repeat(32), hostname: os.hostname(), boot: bootTime() });
    const again = await openVault(dir, PASS);
    expect((await again.get(a.id)).data).toEqual({ v: 1 });
    const lock = JSON.parse(await fs.readFile(path.join(dir, 'vault.lock'), 'utf8'));
    expect(lock.pid).toBe(process.pid);
    await again.close();
  });

  it('a lock from before the computer restarted is stale even if its pid is alive now', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await writeLock(dir, {
      pid: process.pid,
      token: 'd'.repeat(32),
      hostname: os.hostname(),
      boot: bootTime() - 86_400,
    });
    await (await openVault(dir, PASS)).close();
  });

  it('a lock from another computer is respected', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await writeLock(dir, { pid: await deadPid(), token: 'c'.repeat(32), hostname: `not-${os.hostname()}`, boot: 0 });
    await expectHarborError(openVault(dir, PASS), 'in_use');
  });

  it('an unreadable lock file is trusted briefly, then treated as stale', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const file = path.join(dir, 'vault.lock');
    await fs.writeFile(file, '');
    const kek = await kekFor(dir, PASS);
    await expectHarborError(openVaultWithKek(dir, kek), 'in_use');
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(file, old, old);
    await (await openVaultWithKek(dir, kek)).close();
  });

  it('stops writing if another process takes the lock away', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    await writeLock(dir, { pid: process.pid, token: 'b'.repeat(32), hostname: os.hostname(), boot: bootTime() });
    await expectHarborError(vault.put(a.id, { v: 2 }), 'in_use');
    // Reading is still allowed; close() leaves the other holder's lock in place.
    expect((await vault.get(a.id)).revision).toBe(1);
    await vault.close();
    expect(JSON.parse(await fs.readFile(path.join(dir, 'vault.lock'), 'utf8')).token).toBe('b'.repeat(32));
  });
});

describe('what counts as a lock', () => {
  const old = new Date(Date.now() - 60_000);

  it('a lock file missing or mistyping any field is unreadable: trusted briefly, then taken over', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const file = path.join(dir, 'vault.lock');
    const good = { pid: process.pid, token: 'a'.repeat(32), hostname: os.hostname(), boot: bootTime() };
    // Each would read as a live lock of this very process if the broken field were let through.
    const broken = [
      { ...good, pid: String(process.pid) },
      { ...good, pid: process.pid + 0.5 },
      { ...good, pid: 0 },
      { ...good, pid: -1 },
      { ...good, token: 7 },
      { ...good, hostname: null },
      { ...good, boot: String(bootTime()) },
      { ...good, boot: undefined },
    ];
    const kek = await kekFor(dir, PASS);
    for (const info of broken) {
      await writeLock(dir, info);
      await expectHarborError(openVaultWithKek(dir, kek), 'in_use');
      await fs.utimes(file, old, old);
      await (await openVaultWithKek(dir, kek)).close();
    }
    // The same lock with every field right is this live process's, and is respected however old.
    await writeLock(dir, good);
    await fs.utimes(file, old, old);
    await expectHarborError(openVaultWithKek(dir, kek), 'in_use');
  });

  it('an unreadable lock is trusted for ten seconds', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const file = path.join(dir, 'vault.lock');
    await fs.writeFile(file, 'not json');
    const kek = await kekFor(dir, PASS);
    const fiveSecondsAgo = new Date(Date.now() - 5_000);
    await fs.utimes(file, fiveSecondsAgo, fiveSecondsAgo);
    await expectHarborError(openVaultWithKek(dir, kek), 'in_use');
    const elevenSecondsAgo = new Date(Date.now() - 11_000);
    await fs.utimes(file, elevenSecondsAgo, elevenSecondsAgo);
    await (await openVaultWithKek(dir, kek)).close();
  });

  it('a boot time within ten minutes is the same boot; a day off either way is another', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const kek = await kekFor(dir, PASS);
    const lock = (boot: number) => ({ pid: process.pid, token: 'd'.repeat(32), hostname: os.hostname(), boot });
    for (const boot of [bootTime() - 500, bootTime() + 500]) {
      await writeLock(dir, lock(boot));
      await expectHarborError(openVaultWithKek(dir, kek), 'in_use');
    }
    for (const boot of [bootTime() - 86_400, bootTime() + 86_400]) {
      await writeLock(dir, lock(boot));
      await (await openVaultWithKek(dir, kek)).close();
    }
  });
});

describe('the lock itself', () => {
  it('is held until released; after release it is not held, and a second release changes nothing', async () => {
    const dir = await tempDir();
    const lock = await VaultLock.acquire(dir);
    await lock.assertHeld();
    await expectHarborError(VaultLock.acquire(dir), 'in_use');
    await lock.release();
    await expectHarborError(lock.assertHeld(), 'in_use');
    const next = await VaultLock.acquire(dir);
    await lock.release();
    await next.assertHeld();
    await next.release();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('a lock file removed by someone else is no longer held', async () => {
    const dir = await tempDir();
    const lock = await VaultLock.acquire(dir);
    await fs.rm(lock.file);
    const error = await expectHarborError(lock.assertHeld(), 'in_use');
    expect(error.messageKey).toBe('vault.lockLost');
    await lock.release();
  });

  for (const code of ['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV', 'EOPNOTSUPP']) {
    it(`works on a drive without hard links (${code}): created exclusively, and still one at a time`, async () => {
      const dir = await tempDir();
      const link = vi.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('no links'), { code }));
      try {
        const lock = await VaultLock.acquire(dir);
        await lock.assertHeld();
        await expectHarborError(VaultLock.acquire(dir), 'in_use');
        await lock.release();
        expect(await fs.readdir(dir)).toEqual([]);
      } finally {
        link.mockRestore();
      }
    });
  }

  it('on a drive without hard links, a failure to create the lock is reported as it is, not as "in use"', async () => {
    const dir = await tempDir();
    const link = vi.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('no links'), { code: 'EPERM' }));
    const vfs: VaultFs = {
      ...nodeVaultFs,
      open: async (file, flags, mode) => {
        if (path.basename(file) === 'vault.lock') throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        return nodeVaultFs.open(file, flags, mode);
      },
    };
    try {
      await expect(VaultLock.acquire(dir, vfs)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await fs.readdir(dir)).toEqual([]);
    } finally {
      link.mockRestore();
    }
  });

  it('any other failure to create the lock is reported as it is, and leaves nothing behind', async () => {
    const dir = await tempDir();
    const link = vi.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    try {
      await expect(VaultLock.acquire(dir)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await fs.readdir(dir)).toEqual([]);
    } finally {
      link.mockRestore();
    }
  });
});

describe('taking over a stale lock while others act', () => {
  const lockOf = (token: string, pid = process.pid) => ({ pid, token, hostname: os.hostname(), boot: bootTime() });
  const tokenIn = async (dir: string) => JSON.parse(await fs.readFile(path.join(dir, 'vault.lock'), 'utf8')).token;

  /** The real file operations, with `open` numbered: each attempt creates its own lock file first (odd), then, when the lock is stale, the one that replaces it (even). */
  const onOpen = (before: (n: number) => Promise<void>): VaultFs => {
    let opens = 0;
    return {
      ...nodeVaultFs,
      open: async (file, flags, mode) => {
        await before(++opens);
        return nodeVaultFs.open(file, flags, mode);
      },
    };
  };

  it('a stale lock that another opener takes over first, while Harbor prepares its own, is left to them', async () => {
    const dir = await tempDir();
    await writeLock(dir, lockOf('e'.repeat(32), await deadPid()));
    const vfs = onOpen(async (n) => {
      if (n === 2) await writeLock(dir, lockOf('b'.repeat(32)));
    });
    await expectHarborError(VaultLock.acquire(dir, vfs), 'in_use');
    expect(await tokenIn(dir)).toBe('b'.repeat(32));
    expect(await fs.readdir(dir)).toEqual(['vault.lock']);
  });

  it("a stale lock replaced by another opener's just after Harbor's own: theirs stands", async () => {
    const dir = await tempDir();
    await writeLock(dir, lockOf('e'.repeat(32), await deadPid()));
    const vfs: VaultFs = {
      ...nodeVaultFs,
      rename: async (from, to) => {
        await nodeVaultFs.rename(from, to);
        await writeLock(dir, lockOf('b'.repeat(32)));
      },
    };
    await expectHarborError(VaultLock.acquire(dir, vfs), 'in_use');
    expect(await tokenIn(dir)).toBe('b'.repeat(32));
    expect(await fs.readdir(dir)).toEqual(['vault.lock']);
  });

  it('a stale lock that keeps changing is given up after three tries, and taken once it stops', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await writeLock(dir, lockOf('e'.repeat(32), pid));
    let changes = 0;
    const vfs = onOpen(async (n) => {
      if (n % 2 === 0 && changes < 3) await writeLock(dir, lockOf(String(++changes).repeat(32), pid));
    });
    await expectHarborError(VaultLock.acquire(dir, vfs), 'in_use');
    expect(changes).toBe(3);
    const lock = await VaultLock.acquire(dir, vfs);
    await lock.assertHeld();
    await lock.release();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("Harbor's replacement lock removed by someone's housekeeping before the rename: tried again, and taken", async () => {
    const dir = await tempDir();
    await writeLock(dir, lockOf('e'.repeat(32), await deadPid()));
    let renames = 0;
    const vfs: VaultFs = {
      ...nodeVaultFs,
      rename: async (from, to) => {
        if (++renames === 1) await fs.rm(from);
        return nodeVaultFs.rename(from, to);
      },
    };
    const lock = await VaultLock.acquire(dir, vfs);
    expect(renames).toBe(2);
    await lock.assertHeld();
    expect((await fs.stat(lock.file)).mode & 0o777).toBe(0o600);
    expect(await fs.readdir(dir)).toEqual(['vault.lock']);
    await lock.release();
  });

  it('every file Harbor removes already gone (someone else removed it): the lock is still taken and released', async () => {
    const dir = await tempDir();
    const vfs: VaultFs = {
      ...nodeVaultFs,
      rm: async (target, opts) => {
        await fs.rm(target, { force: true });
        return nodeVaultFs.rm(target, opts);
      },
    };
    const lock = await VaultLock.acquire(dir, vfs);
    await lock.assertHeld();
    await lock.release();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('a lock that cannot be removed on release is no longer held, and the next release does not try again', async () => {
    const dir = await tempDir();
    let removals = 0;
    const vfs: VaultFs = {
      ...nodeVaultFs,
      rm: async (target, opts) => {
        if (path.basename(target) !== 'vault.lock') return nodeVaultFs.rm(target, opts);
        removals++;
        throw Object.assign(new Error('not allowed'), { code: 'EACCES' });
      },
    };
    const lock = await VaultLock.acquire(dir, vfs);
    await expect(lock.release()).rejects.toMatchObject({ code: 'EACCES' });
    const error = await expectHarborError(lock.assertHeld(), 'in_use');
    expect(error.messageKey).toBe('vault.lockLost');
    await lock.release();
    expect(removals).toBe(1);
  });

  it('a lock of a live process that belongs to another user (EPERM) is respected', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await writeLock(dir, lockOf('e'.repeat(32), pid));
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('not permitted'), { code: 'EPERM' });
    });
    try {
      expect(processAlive(pid)).toBe(true);
      await expectHarborError(VaultLock.acquire(dir), 'in_use');
      expect(kill).toHaveBeenCalledWith(pid, 0);
    } finally {
      kill.mockRestore();
    }
    expect(processAlive(pid)).toBe(false);
  });

  it.skipIf(process.platform !== 'linux')(
    'leaves no file open, whether it creates the lock or takes one over',
    async () => {
      const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
      const dir = await tempDir();
      const before = await openFiles();
      await (await VaultLock.acquire(dir)).release();
      await writeLock(dir, lockOf('e'.repeat(32), await deadPid()));
      await (await VaultLock.acquire(dir)).release();
      expect(await openFiles()).toBe(before);
    },
  );
});

describe('the edges of staleness, by the clock', () => {
  // Whole seconds, so a file time set to it is exact to the millisecond.
  const now = Math.floor(Date.now() / 1000) * 1000;
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('an unreadable lock written exactly ten seconds ago is still trusted; a millisecond later it is not', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'vault.lock');
    await fs.writeFile(file, 'not json');
    await fs.utimes(file, now / 1000, now / 1000);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now + 10_000);
    await expectHarborError(VaultLock.acquire(dir), 'in_use');
    vi.setSystemTime(now + 10_001);
    await (await VaultLock.acquire(dir)).release();
  });

  it('a boot time exactly ten minutes off is the same boot; a second more is another', async () => {
    const dir = await tempDir();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    vi.spyOn(os, 'uptime').mockReturnValue(5_000);
    const boot = now / 1000 - 5_000;
    const lock = (at: number) => ({ pid: process.pid, token: 'd'.repeat(32), hostname: os.hostname(), boot: at });
    for (const at of [boot - 600, boot + 600]) {
      await writeLock(dir, lock(at));
      await expectHarborError(VaultLock.acquire(dir), 'in_use');
    }
    for (const at of [boot - 601, boot + 601]) {
      await writeLock(dir, lock(at));
      await (await VaultLock.acquire(dir)).release();
    }
  });
});
