import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isVaultTempName,
  makeDir,
  nodeVaultFs,
  removeOrphanedPartials,
  removeTempEntries,
  renameWithRetry,
  tempName,
  writeFileAtomic,
  type VaultFs,
} from '../../../electron/platform/atomic-write';

const made: string[] = [];

async function folder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-atomic-'));
  made.push(dir);
  return dir;
}

async function leftover(dir: string, name: string, ageMs: number): Promise<void> {
  await fs.writeFile(path.join(dir, name), 'half of a plaintext export');
  const when = new Date(Date.now() - ageMs);
  await fs.utimes(path.join(dir, name), when, when);
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('interrupted writes', () => {
  it('name their partial file recognisably and leave nothing beside the target', async () => {
    expect(tempName()).toMatch(/^\.harbor-partial-[0-9a-f]{16}$/);
    const dir = await folder();
    await writeFileAtomic(path.join(dir, 'story.docx'), Buffer.alloc(1024, 1), { durable: true });
    expect(await fs.readdir(dir)).toEqual(['story.docx']);
  });

  it("are cleaned up at the next write into that folder: an earlier Harbor's partial files go", async () => {
    const dir = await folder();
    await leftover(dir, '.harbor-partial-0123456789abcdef', 3_600_000);
    await fs.mkdir(path.join(dir, '.harbor-partial-restore-00aa'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(path.join(dir, '.harbor-partial-restore-00aa'), hourAgo, hourAgo);
    // Not Harbor's (another program's temp file, the person's own files): left alone.
    await leftover(dir, '.tmp-0123456789abcdef', 3_600_000);
    await leftover(dir, 'notes.txt', 3_600_000);
    await writeFileAtomic(path.join(dir, 'story.pdf'), Buffer.from('%PDF-'), { durable: true });
    expect((await fs.readdir(dir)).sort()).toEqual(['.tmp-0123456789abcdef', 'notes.txt', 'story.pdf']);
  });

  it('leave alone a partial file written since this process started (another write in progress)', async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, '.harbor-partial-fedcba9876543210'), 'still being written');
    await writeFileAtomic(path.join(dir, 'story.pdf'), Buffer.from('%PDF-'), { durable: true });
    expect(await fs.readdir(dir)).toContain('.harbor-partial-fedcba9876543210');
  });
});

/** The real file operations, with each call recorded (and a rename that can be made to fail). */
function recording(failRename?: NodeJS.ErrnoException) {
  const calls: string[] = [];
  const vfs: VaultFs = {
    open: (file, flags, mode) => (
      calls.push(`open ${flags} ${mode?.toString(8)}`),
      nodeVaultFs.open(file, flags, mode)
    ),
    syncFile: (handle) => (calls.push('syncFile'), nodeVaultFs.syncFile(handle)),
    rename: async (from, to) => {
      calls.push('rename');
      if (failRename) throw failRename;
      return nodeVaultFs.rename(from, to);
    },
    rm: (target, opts) => (calls.push(`rm ${JSON.stringify(opts)}`), nodeVaultFs.rm(target, opts)),
    syncDir: (dir) => (calls.push(`syncDir ${path.basename(dir)}`), nodeVaultFs.syncDir(dir)),
  };
  return { calls, vfs };
}

describe('a write', () => {
  it('replaces the file whole, owner-only, and waits for the disk when it must last', async () => {
    const dir = await folder();
    const file = path.join(dir, 'vault.json');
    await fs.writeFile(file, 'the old words');
    const { calls, vfs } = recording();
    await writeFileAtomic(file, Buffer.from('the new words'), { durable: true, fs: vfs });
    expect(await fs.readFile(file, 'utf8')).toBe('the new words');
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(calls).toEqual(['open wx 600', 'syncFile', 'rename', `syncDir ${path.basename(dir)}`]);
  });

  it('of a cache does not wait for the disk', async () => {
    const dir = await folder();
    const { calls, vfs } = recording();
    await writeFileAtomic(path.join(dir, 'cache'), Buffer.from('derived'), { durable: false, fs: vfs });
    expect(calls).toEqual(['open wx 600', 'rename']);
  });

  it('that fails leaves the old file as it was and no partial file beside it', async () => {
    const dir = await folder();
    const file = path.join(dir, 'vault.json');
    await fs.writeFile(file, 'the old words');
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const { calls, vfs } = recording(full);
    await expect(writeFileAtomic(file, Buffer.from('new'), { durable: true, fs: vfs })).rejects.toBe(full);
    expect(await fs.readFile(file, 'utf8')).toBe('the old words');
    expect(await fs.readdir(dir)).toEqual(['vault.json']);
    expect(calls.at(-1)).toBe('rm {"force":true}');
  });

  it.skipIf(process.platform !== 'linux')('leaves no file open, whether it succeeds or fails', async () => {
    const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
    const dir = await folder();
    const file = path.join(dir, 'vault.json');
    const before = await openFiles();
    for (let i = 0; i < 3; i++) await writeFileAtomic(file, Buffer.from(`version ${i}`), { durable: true });
    const { vfs } = recording(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(file, Buffer.from('new'), { durable: true, fs: vfs })).rejects.toThrow('no space');
    expect(await openFiles()).toBe(before);
    expect(await fs.readFile(file, 'utf8')).toBe('version 2');
  });

  it('is not retried when the rename is refused (outside Windows a refusal is real)', async () => {
    if (process.platform === 'win32') return;
    const denied = Object.assign(new Error('denied'), { code: 'EPERM' });
    const { calls, vfs } = recording(denied);
    await expect(renameWithRetry('a', 'b', vfs)).rejects.toBe(denied);
    expect(calls).toEqual(['rename']);
  });
});

describe('on Windows, a rename refused while a scanner holds the file', () => {
  const refusing = (codes: (string | undefined)[]) => {
    const { calls, vfs } = recording();
    let n = 0;
    const flaky: VaultFs = {
      ...vfs,
      rename: async (from, to) => {
        const code = codes[n++];
        if (code !== undefined) throw Object.assign(new Error(code), { code });
        return vfs.rename(from, to);
      },
    };
    return { calls, flaky, tries: () => n };
  };

  it('is tried again, each time a little later, until it succeeds', async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, 'a'), 'new words');
    const waits: number[] = [];
    const { flaky } = refusing(['EPERM', 'EACCES', 'EBUSY']);
    await renameWithRetry(path.join(dir, 'a'), path.join(dir, 'b'), flaky, {
      windows: true,
      wait: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([25, 50, 75]);
    expect(await fs.readFile(path.join(dir, 'b'), 'utf8')).toBe('new words');
  });

  it('gives up after twenty retries, and at once on any other failure', async () => {
    const waits: number[] = [];
    const retry = { windows: true, wait: async (ms: number) => void waits.push(ms) };
    const busy = refusing(Array.from({ length: 30 }, () => 'EBUSY'));
    await expect(renameWithRetry('a', 'b', busy.flaky, retry)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(busy.tries()).toBe(21);
    expect(waits.at(-1)).toBe(25 + 19 * 25);
    for (const code of ['ENOSPC', 'ENOENT', undefined]) {
      const other = refusing([code ?? 'EIO']);
      await expect(renameWithRetry('a', 'b', other.flaky, retry)).rejects.toBeInstanceOf(Error);
      expect(other.tries()).toBe(1);
    }
  });
});

describe('folders', () => {
  it('are made private, and lasting when asked', async () => {
    const dir = await folder();
    const { calls, vfs } = recording();
    await makeDir(path.join(dir, 'items-000001'), { durable: true, fs: vfs });
    await makeDir(path.join(dir, 'cache'), { durable: false, fs: vfs });
    if (process.platform !== 'win32') expect((await fs.stat(path.join(dir, 'items-000001'))).mode & 0o777).toBe(0o700);
    expect(calls).toEqual([`syncDir ${path.basename(dir)}`]);
  });

  it("inside a vault, only Harbor's own temp names (new and old) are removed, and counted", async () => {
    const dir = await folder();
    for (const name of ['.harbor-partial-aa', '.tmp-bb', 'notes.txt', '0000000001'])
      await fs.writeFile(path.join(dir, name), 'x');
    await fs.mkdir(path.join(dir, '.harbor-partial-cc'));
    await fs.writeFile(path.join(dir, '.harbor-partial-cc', 'inside'), 'x');
    expect(isVaultTempName('.tmp-x')).toBe(true);
    expect(isVaultTempName('x.tmp-')).toBe(false);
    expect(await removeTempEntries(dir, ['.tmp-bb', 'notes.txt'])).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual([
      '.harbor-partial-aa',
      '.harbor-partial-cc',
      '0000000001',
      'notes.txt',
    ]);
    expect(await removeTempEntries(dir)).toBe(2);
    expect((await fs.readdir(dir)).sort()).toEqual(['0000000001', 'notes.txt']);
  });

  it('an earlier run’s partial files are counted as they go; a missing folder has none', async () => {
    const dir = await folder();
    await leftover(dir, '.harbor-partial-0123456789abcdef', 3_600_000);
    await leftover(dir, '.harbor-partial-fedcba9876543210', 3_600_000);
    await leftover(dir, 'notes.txt', 3_600_000);
    expect(await removeOrphanedPartials(dir)).toBe(2);
    expect(await removeOrphanedPartials(path.join(dir, 'gone'))).toBe(0);
  });

  it('are swept once per run: a partial file that appears later is left to the next run', async () => {
    const dir = await folder();
    await writeFileAtomic(path.join(dir, 'a'), Buffer.from('a'), { durable: false });
    await leftover(dir, '.harbor-partial-0123456789abcdef', 3_600_000);
    await writeFileAtomic(path.join(dir, 'b'), Buffer.from('b'), { durable: false });
    expect(await fs.readdir(dir)).toContain('.harbor-partial-0123456789abcdef');
  });
});

describe("the real file operations' syncs", () => {
  it('wait for the disk: the file itself, and the folder that holds a new or renamed entry', async () => {
    const dir = await folder();
    const handle = await fs.open(path.join(dir, 'vault.json'), 'w');
    const syncFile = vi.spyOn(handle, 'sync');
    try {
      await nodeVaultFs.syncFile(handle);
      expect(syncFile).toHaveBeenCalledTimes(1);
    } finally {
      await handle.close();
    }
    const opened: { file: string; flags: unknown; synced: number; closed: number }[] = [];
    const open = fs.open.bind(fs);
    const spy = vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const real = await open(...args);
      const seen = { file: String(args[0]), flags: args[1], synced: 0, closed: 0 };
      opened.push(seen);
      const sync = real.sync.bind(real);
      const close = real.close.bind(real);
      real.sync = async () => (seen.synced++, sync());
      real.close = async () => (seen.closed++, close());
      return real;
    });
    try {
      await nodeVaultFs.syncDir(dir);
    } finally {
      spy.mockRestore();
    }
    if (process.platform === 'win32') expect(opened).toEqual([]);
    else expect(opened).toEqual([{ file: dir, flags: 'r', synced: 1, closed: 1 }]);
  });

  it.skipIf(process.platform !== 'linux')('close the folder they sync even when the sync fails', async () => {
    const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
    const dir = await folder();
    const before = await openFiles();
    const open = fs.open.bind(fs);
    const spy = vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const real = await open(...args);
      real.sync = async () => {
        throw Object.assign(new Error('I/O error'), { code: 'EIO' });
      };
      return real;
    });
    try {
      await expect(nodeVaultFs.syncDir(dir)).rejects.toMatchObject({ code: 'EIO' });
    } finally {
      spy.mockRestore();
    }
    expect(await openFiles()).toBe(before);
  });
});
