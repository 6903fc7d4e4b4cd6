import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/vault/index';
import { kekFor, openVaultWithKek, processAlive } from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs } from './helpers';

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
