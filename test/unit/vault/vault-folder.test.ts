import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enclosingVaultFolder, isInsideVault, isVaultFolder } from '../../../electron/vault/vault-folder';
import { newVault, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** A folder holding exactly the given files (a name ending in / is a folder). */
async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('folder');
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) await fs.mkdir(path.join(dir, name));
    else await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

const HEADER = '{\n  "format": "harbor-vault",\n  "version": 1\n}\n';

describe('knowing a vault folder', () => {
  it('by a vault.json that names the format, or a generation beside a vault.json or lock', async () => {
    const cases: [Record<string, string>, boolean][] = [
      [{ 'vault.json': HEADER }, true],
      [{ 'vault.json': 'damaged', 'items-000001/': '' }, true],
      [{ 'vault.lock': '{}', 'items-000003/': '' }, true],
      [{ 'vault.json': '{"format": "something-else"}' }, false],
      [{ 'vault.json': `${' '.repeat(512)}"harbor-vault"` }, false],
      [{ 'vault.json': `${' '.repeat(498)}"harbor-vault"` }, true],
      [{ 'vault.lock': '{}' }, false],
      [{ 'items-000001/': '' }, false],
      [{ 'vault.lock': '{}', 'items-1/': '', 'notes.txt': '"harbor-vault"' }, false],
      [{ 'story.docx': '"harbor-vault"' }, false],
    ];
    for (const [files, expected] of cases) {
      expect(await isVaultFolder(await folderWith(files)), JSON.stringify(files)).toBe(expected);
    }
    expect(await isVaultFolder(path.join(await tempDir(), 'missing'))).toBe(false);
  });

  it('a real vault, and every folder inside it, is enclosed by it; a folder beside it is not', async () => {
    const { dir, vault } = await newVault();
    const real = await fs.realpath(dir);
    expect(await isVaultFolder(dir)).toBe(true);
    const inner = path.join(dir, 'items-000001', 'deep');
    await fs.mkdir(inner);
    expect(await enclosingVaultFolder(inner)).toBe(real);
    expect(await enclosingVaultFolder(dir)).toBe(real);
    expect(await enclosingVaultFolder(path.dirname(dir))).toBeNull();
    await vault.close();
  });

  it('a file to be written inside a vault is caught, also through a link, also where it does not exist yet', async () => {
    const { dir, vault } = await newVault();
    const outside = await tempDir('outside');
    expect(await isInsideVault(path.join(dir, 'vault.json'))).toBe(true);
    expect(await isInsideVault(path.join(dir, 'items-000001', 'new.docx'))).toBe(true);
    expect(await isInsideVault(path.join(outside, 'story.docx'))).toBe(false);
    expect(await isInsideVault(path.join(outside, 'missing', 'story.docx'))).toBe(false);
    if (process.platform !== 'win32') {
      // A link outside that points at the vault's own header.
      const link = path.join(outside, 'harmless.docx');
      await fs.symlink(path.join(dir, 'vault.json'), link);
      expect(await isInsideVault(link)).toBe(true);
      // A folder link into the vault.
      await fs.symlink(dir, path.join(outside, 'shortcut'));
      expect(await isInsideVault(path.join(outside, 'shortcut', 'story.docx'))).toBe(true);
      // A link to a file outside any vault is fine.
      await fs.writeFile(path.join(outside, 'real.docx'), 'x');
      await fs.symlink(path.join(outside, 'real.docx'), path.join(outside, 'other.docx'));
      expect(await isInsideVault(path.join(outside, 'other.docx'))).toBe(false);
    }
    await vault.close();
  });

  it.skipIf(process.platform === 'win32')('a vault.json that is a link to nowhere does not make a vault', async () => {
    const dir = await tempDir('folder');
    await fs.symlink(path.join(dir, 'gone.json'), path.join(dir, 'vault.json'));
    expect(await isVaultFolder(dir)).toBe(false);
    expect(await enclosingVaultFolder(dir)).toBeNull();
  });

  it.skipIf(process.platform !== 'linux')('leaves no file open however often it looks', async () => {
    const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
    const dir = await folderWith({ 'vault.json': HEADER });
    const before = await openFiles();
    for (let i = 0; i < 5; i++) expect(await isVaultFolder(dir)).toBe(true);
    expect(await openFiles()).toBe(before);
  });
});
