import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempName, writeFileAtomic } from '../../../electron/platform/atomic-write';

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
