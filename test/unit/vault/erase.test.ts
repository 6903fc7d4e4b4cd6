import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eraseVault } from '../../../electron/vault/erase';
import { openVault } from '../../../electron/vault/index';
import { expectHarborError, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** A vault with a story, closed; and a hard link to its vault.json, which sees what is written over it. */
async function closedVault(): Promise<{ dir: string; headerCopy: string; original: Buffer }> {
  const { dir, vault } = await newVault({ recoveryKey: true });
  await vault.create('story', { title: 'Rosa Delgado' });
  await vault.close();
  const headerCopy = path.join(path.dirname(dir), 'header-link');
  await fs.link(path.join(dir, 'vault.json'), headerCopy);
  return { dir, headerCopy, original: await fs.readFile(headerCopy) };
}

describe('erasing a vault', () => {
  it('overwrites the header where it lies on disk, then removes every file of the vault and its folder', async () => {
    const { dir, headerCopy, original } = await closedVault();
    await fs.writeFile(path.join(dir, 'attempts.json'), '{"failures":5}');
    await fs.writeFile(path.join(dir, '.harbor-partial-0123456789abcdef'), 'partial');
    await fs.mkdir(path.join(dir, '.tmp-old'));
    await fs.mkdir(path.join(dir, 'items-000007'));
    await eraseVault(dir);
    // Someone holding the same blocks (here a second name for them) finds random bytes, not the keys.
    const after = await fs.readFile(headerCopy);
    expect(after.length).toBe(original.length);
    expect(after.equals(original)).toBe(false);
    expect(after.includes(Buffer.from('passphraseWrap'))).toBe(false);
    await expect(fs.stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    await expectHarborError(openVault(dir, PASS), 'not_found');
  });

  it("leaves what is not Harbor's, and so the folder, in place; the vault itself is gone", async () => {
    const { dir } = await closedVault();
    await fs.writeFile(path.join(dir, 'my notes.txt'), 'mine');
    // Named like a generation of items, but not exactly: the person's own folders.
    for (const name of ['items-photos', 'old-items-000001', 'items-000001 copy']) await fs.mkdir(path.join(dir, name));
    await eraseVault(dir);
    expect((await fs.readdir(dir)).sort()).toEqual([
      'items-000001 copy',
      'items-photos',
      'my notes.txt',
      'old-items-000001',
    ]);
    expect(await fs.readFile(path.join(dir, 'my notes.txt'), 'utf8')).toBe('mine');
    await expectHarborError(openVault(dir, PASS), 'not_found');
  });

  it('is refused while the vault is open, and then nothing is touched', async () => {
    const { dir, vault } = await newVault();
    const story = await vault.create('story', { title: 'still here' });
    const before = await fs.readFile(path.join(dir, 'vault.json'));
    await expectHarborError(eraseVault(dir), 'in_use');
    expect((await fs.readFile(path.join(dir, 'vault.json'))).equals(before)).toBe(true);
    expect((await vault.get(story.id)).data).toEqual({ title: 'still here' });
    await vault.close();
  });

  it("leaves no lock behind: beside the person's own file, nothing of Harbor's remains", async () => {
    const { dir } = await closedVault();
    await fs.writeFile(path.join(dir, 'keep.txt'), 'so the folder stays');
    await eraseVault(dir);
    expect(await fs.readdir(dir)).toEqual(['keep.txt']);
  });

  it('a folder without a header (a half-made vault) is cleaned up all the same', async () => {
    const dir = path.join(await tempDir(), 'v');
    await fs.mkdir(path.join(dir, 'items-000001'), { recursive: true });
    await fs.writeFile(path.join(dir, 'attempts.json'), '{"failures":5}');
    await eraseVault(dir);
    await expect(fs.stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.skipIf(process.platform !== 'linux')('leaves no file open (an open header could keep it from going)', async () => {
    const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
    const { dir, vault } = await newVault();
    await vault.close();
    const before = await openFiles();
    await eraseVault(dir);
    expect(await openFiles()).toBe(before);
  });
});
