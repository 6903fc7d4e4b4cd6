import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eraseVault } from '../../../electron/vault/erase';
import { formatErrorMessage } from '../../../shared/error-text/error-catalog';
import { expectHarborError, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** Erasing where there is no vault folder says so plainly, never that the vault is in use. */
describe('erasing where there is no vault', () => {
  it('a folder that does not exist: "no Harbor vault in that folder", and nothing is created', async () => {
    const parent = await tempDir();
    const dir = path.join(parent, 'gone');
    const error = await expectHarborError(eraseVault(dir), 'not_found');
    expect(error.message).toBe("There's no Harbor vault in that folder.");
    expect(formatErrorMessage('es', error.messageKey, error.params)).toBe(
      'No hay ninguna bóveda de Harbor en esa carpeta.',
    );
    expect(await fs.readdir(parent)).toEqual([]);
  });

  it('a file, not a folder: the same plain answer, and the file is left alone', async () => {
    const file = path.join(await tempDir(), 'notes.txt');
    await fs.writeFile(file, 'mine');
    await expectHarborError(eraseVault(file), 'not_found');
    expect(await fs.readFile(file, 'utf8')).toBe('mine');
  });
});
