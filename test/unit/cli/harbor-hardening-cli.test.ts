import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxBomb } from '../stories/docx-bombs';
import { ensureCliBuilt, expectExit, harbor, lines, removeTempDirs, tempDir } from './cli-harness';

const PASS = 'a long test passphrase';

async function newVault(): Promise<string> {
  const dir = path.join(await tempDir(), 'vault');
  expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
  return dir;
}

async function storyIds(dir: string): Promise<string[]> {
  const r = await harbor(['story', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS));
  expectExit(r, 0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id);
}

beforeAll(() => ensureCliBuilt(), 120_000);
afterAll(() => removeTempDirs());

describe('harbor story add with a hostile file', () => {
  it('refuses a .docx bomb with the import error code and adds nothing', async () => {
    const dir = await newVault();
    const file = path.join(await tempDir(), 'bomb.docx');
    await fs.writeFile(file, docxBomb(40));
    const r = await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS));
    expectExit(r, 4);
    expect(r.stderr).toMatch(/unpacks to more than 25 MB.*Nothing was added/);
    expect(await storyIds(dir)).toEqual([]);
  });
});
