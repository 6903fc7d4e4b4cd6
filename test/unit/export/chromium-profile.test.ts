import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createChromiumPrinter,
  PROFILE_PREFIX,
  type LaunchChromium,
  type PrintContext,
} from '../../../electron/export/chromium-printer';

const OPTIONS = { paper: 'letter', headerFooter: { language: 'en' } } as const;
const made: string[] = [];

async function scratch(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-profile-test-'));
  made.push(dir);
  return dir;
}

const profiles = async (dir: string) => (await fs.readdir(dir)).filter((n) => n.startsWith(PROFILE_PREFIX));

/** A browser whose pages fail to print, after the profile has been written to. */
const failingPages: LaunchChromium = async (profileDir) => {
  await fs.writeFile(path.join(profileDir, 'Cache'), 'what the page left');
  const context = {
    newPage: async () => ({
      route: async () => undefined,
      setContent: async () => {
        throw new Error('renderer crashed');
      },
      close: async () => undefined,
    }),
    close: async () => undefined,
  };
  return context as unknown as PrintContext;
};

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe("Chromium's private profile", () => {
  it('lives in its own directory while printing and is gone after the printer closes', async () => {
    const tempDir = await scratch();
    const printer = await createChromiumPrinter({ tempDir });
    const [profile] = await profiles(tempDir);
    expect(profile).toBeDefined();
    if (process.platform !== 'win32') {
      expect((await fs.stat(path.join(tempDir, profile!))).mode & 0o077).toBe(0);
    }
    const pdf = await printer.print('<p>words</p>', OPTIONS);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await printer.close();
    expect(await profiles(tempDir)).toEqual([]);
  });

  it('is removed when a print fails', async () => {
    const tempDir = await scratch();
    const printer = await createChromiumPrinter({ tempDir, launch: failingPages });
    await expect(printer.print('<p>words</p>', OPTIONS)).rejects.toThrow('renderer crashed');
    await printer.close();
    expect(await profiles(tempDir)).toEqual([]);
  });

  it('is removed when Chromium fails to start', async () => {
    const tempDir = await scratch();
    const launch: LaunchChromium = async (profileDir) => {
      await fs.writeFile(path.join(profileDir, 'Local State'), '{}');
      throw new Error('no display');
    };
    await expect(createChromiumPrinter({ tempDir, launch })).rejects.toThrow('no display');
    expect(await profiles(tempDir)).toEqual([]);
  });

  it('left by a Harbor that was killed mid-print is removed at the next start', async () => {
    const tempDir = await scratch();
    const orphan = path.join(tempDir, `${PROFILE_PREFIX}AbC123`);
    await fs.mkdir(orphan);
    await fs.writeFile(path.join(orphan, 'Cache'), 'a printed story');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(orphan, hourAgo, hourAgo);
    await fs.mkdir(path.join(tempDir, 'someone-else'));
    const printer = await createChromiumPrinter({ tempDir, launch: failingPages });
    expect(await fs.readdir(tempDir)).not.toContain(`${PROFILE_PREFIX}AbC123`);
    expect(await fs.readdir(tempDir)).toContain('someone-else');
    await printer.close();
  });

  it('of another Harbor printing at the same time is kept, however long ago that one started', async () => {
    const tempDir = await scratch();
    // The process that started this test runs on: its profile is live, whatever its age.
    const live = path.join(tempDir, `${PROFILE_PREFIX}${process.ppid}-AbC123`);
    await fs.mkdir(live);
    await fs.writeFile(path.join(live, 'Cache'), 'the page it is printing');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(live, hourAgo, hourAgo);
    const printer = await createChromiumPrinter({ tempDir, launch: failingPages });
    expect(await fs.readFile(path.join(live, 'Cache'), 'utf8')).toBe('the page it is printing');
    // Its own is named for this process, so the other Harbor keeps it in the same way.
    expect(await profiles(tempDir)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^${PROFILE_PREFIX}${process.pid}-`))]),
    );
    await printer.close();
  });
});
