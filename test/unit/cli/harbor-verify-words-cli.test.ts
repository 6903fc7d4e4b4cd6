import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectExit, harbor, itemFiles, lines, removeTempDirs, tempDir } from './cli-harness';

const PASS = 'a long test passphrase';

afterAll(() => removeTempDirs());

async function addStory(dir: string, text: string): Promise<{ id: string; file: string }> {
  const source = path.join(await tempDir(), 's.txt');
  await fs.writeFile(source, text);
  const added = await harbor(['story', 'add', dir, '--from', source, '--passphrase-stdin'], lines(PASS));
  expectExit(added, 0);
  const id = added.stdout.trim();
  const [file] = await itemFiles(dir, id);
  return { id, file: file! };
}

async function edit(file: string, change: (bytes: Buffer) => void): Promise<void> {
  const bytes = await fs.readFile(file);
  change(bytes);
  await fs.writeFile(file, bytes);
}

// The problems are catalog keys now; the command line still prints the English it always printed.
describe('harbor vault verify', () => {
  it('words each problem in English, line for line, after the item and its version', async () => {
    const dir = path.join(await tempDir(), 'vault');
    expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
    const changed = await addStory(dir, 'Changed\n\nSome words.');
    const newer = await addStory(dir, 'Newer\n\nOther words.');
    await edit(changed.file, (b) => void (b[b.length - 20]! ^= 0x01));
    await edit(newer.file, (b) => void (b[4] = b[4]! + 1));
    const verify = await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(verify, 3);
    expect(verify.stdout).toBe('');
    const [first, ...rest] = verify.stderr.split('\n');
    expect(first).toMatch(/^Harbor found damage in 2 places \(of \d+ saved versions checked\):$/);
    expect(rest.sort()).toEqual(
      [
        '',
        `  ${changed.id} version 1: damaged or changed outside Harbor (it does not authenticate)`,
        `  ${newer.id} version 1: saved by a newer version of Harbor`,
        'Nothing was changed. A backup can bring damaged items back.',
      ].sort(),
    );
  });
});
