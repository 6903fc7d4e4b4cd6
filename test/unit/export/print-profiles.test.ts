import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeProfileDir,
  processIsAlive,
  PROFILE_PREFIX,
  removeOrphanedProfiles,
} from '../../../electron/export/print-profiles';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const HOUR = 3_600_000;
/** This process "started" a minute ago; profiles are made an hour before that, or just now. */
const STARTED = Date.now() - 60_000;
const ME = 4242;
const LIVE = 5151;
const DEAD = 6161;
const isAlive = (pid: number) => pid === ME || pid === LIVE;

async function scratch(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-sweep-test-'));
  made.push(dir);
  return dir;
}

/** A profile directory with something Chromium cached in it, last changed `ago` ms before now. */
async function profile(tempDir: string, name: string, ago: number): Promise<string> {
  const dir = path.join(tempDir, name);
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, 'Cache'), 'a printed story');
  const when = new Date(Date.now() - ago);
  await fs.utimes(dir, when, when);
  return name;
}

const sweep = (tempDir: string, over: { uid?: number | null } = {}) =>
  removeOrphanedProfiles({ tempDir, isAlive, pid: ME, startedAt: STARTED, ...over });

describe('leftover print profiles', () => {
  it('keeps one whose owner is still running, however old it looks', async () => {
    const tempDir = await scratch();
    const name = await profile(tempDir, `${PROFILE_PREFIX}${LIVE}-AbC123`, 5 * HOUR);
    await sweep(tempDir);
    expect(await fs.readdir(tempDir)).toEqual([name]);
  });

  it('removes one whose owner is gone once it is older than this process, and keeps a newer one', async () => {
    const tempDir = await scratch();
    await profile(tempDir, `${PROFILE_PREFIX}${DEAD}-old123`, HOUR);
    const young = await profile(tempDir, `${PROFILE_PREFIX}${DEAD}-new123`, 0);
    await sweep(tempDir);
    expect(await fs.readdir(tempDir)).toEqual([young]);
  });

  it("with this process's own pid: keeps one made since it started, removes one an earlier process with that pid left", async () => {
    const tempDir = await scratch();
    await profile(tempDir, `${PROFILE_PREFIX}${ME}-old123`, HOUR);
    const mine = await profile(tempDir, `${PROFILE_PREFIX}${ME}-new123`, 0);
    await sweep(tempDir);
    expect(await fs.readdir(tempDir)).toEqual([mine]);
  });

  it('judges a name without a pid (an older Harbor) by its age alone', async () => {
    const tempDir = await scratch();
    await profile(tempDir, `${PROFILE_PREFIX}AbC123`, HOUR);
    const young = await profile(tempDir, `${PROFILE_PREFIX}XyZ789`, 0);
    await sweep(tempDir);
    expect(await fs.readdir(tempDir)).toEqual([young]);
  });

  it("touches nothing of another user's, another name, or through a link", async () => {
    const tempDir = await scratch();
    const elsewhere = await scratch();
    const theirs = await profile(tempDir, `${PROFILE_PREFIX}${DEAD}-AbC123`, HOUR);
    const other = await profile(tempDir, 'chromium-AbC123', HOUR);
    await profile(elsewhere, 'target', HOUR);
    await fs.symlink(path.join(elsewhere, 'target'), path.join(tempDir, `${PROFILE_PREFIX}${DEAD}-link12`));
    await sweep(tempDir, { uid: 99_999 });
    expect((await fs.readdir(tempDir)).sort()).toEqual([`${PROFILE_PREFIX}${DEAD}-link12`, other, theirs].sort());
    await sweep(tempDir);
    expect((await fs.readdir(tempDir)).sort()).toEqual([`${PROFILE_PREFIX}${DEAD}-link12`, other].sort());
    expect(await fs.readFile(path.join(elsewhere, 'target', 'Cache'), 'utf8')).toBe('a printed story');
  });

  it('names a new profile for the process that owns it, readable by its user only', async () => {
    const tempDir = await scratch();
    const dir = await makeProfileDir(tempDir, LIVE);
    expect(path.basename(dir)).toMatch(new RegExp(`^${PROFILE_PREFIX}${LIVE}-`));
    if (process.platform !== 'win32') expect((await fs.stat(dir)).mode & 0o077).toBe(0);
    // Another Harbor that started later, with that owner still running, leaves it alone.
    await removeOrphanedProfiles({ tempDir, isAlive, pid: ME, startedAt: Date.now() + HOUR });
    expect(await fs.readdir(tempDir)).toEqual([path.basename(dir)]);
  });
});

describe('whether a process still runs', () => {
  it('is yes for this one and no for one that has exited', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    const exited = spawnSync(process.execPath, ['-e', '']);
    expect(exited.pid).toBeGreaterThan(0);
    expect(processIsAlive(exited.pid!)).toBe(false);
  });
});
