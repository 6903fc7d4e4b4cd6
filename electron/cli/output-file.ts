import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HarborError } from '../../shared/errors';
import { isInsideVault } from '../vault/vault-folder';

export interface OutputFileOptions {
  /** Replace an existing file (the command's --overwrite). */
  overwrite: boolean;
  /** The format's extension (".docx"), added when the name lacks it. */
  extension?: string;
  /** The command's own words for "already exists", where it had some before this check. */
  exists?: (file: string) => HarborError;
}

/**
 * Where a command may write a file the person named: never inside a Harbor vault folder (the same
 * rule as the app's save dialog: isInsideVault); never over an existing file without --overwrite;
 * with the format's extension. Returns the absolute path to write.
 */
export async function checkOutputFile(file: string, opts: OutputFileOptions): Promise<string> {
  let target = path.resolve(file);
  if (opts.extension && path.extname(target).toLowerCase() !== opts.extension) target += opts.extension;
  const shown = target;
  const parent = path.dirname(target);
  const parentStat = await fs.stat(parent).catch(() => null);
  if (!parentStat?.isDirectory()) {
    throw new HarborError('not_found', { key: 'cli.outputFolderMissing', params: { file: shown } });
  }
  if (await isInsideVault(target)) {
    throw new HarborError('forbidden', { key: 'cli.outputInVault', params: { file: shown } });
  }
  const existing = await fs.lstat(target).catch(() => null);
  if (existing) {
    const real = await fs.realpath(target).catch(() => null);
    const realStat = real ? await fs.stat(real).catch(() => null) : null;
    if (realStat?.isDirectory()) {
      throw new HarborError('invalid_input', { key: 'cli.outputNotAFile', params: { file: shown } });
    }
    if (!opts.overwrite) {
      throw opts.exists?.(shown) ?? new HarborError('exists', { key: 'cli.outputExists', params: { file: shown } });
    }
  }
  return target;
}
