import { promises as fs } from 'node:fs';
import { HarborError } from '../../shared/errors';
import { MAX_SHARE_FILE_BYTES } from '../share/share-file';
import { writeFileAtomic } from '../platform/atomic-write';
import { checkOutputFile } from './output-file';

/** Reads a share, withdrawal or receipt file, refusing one far larger than any of them. */
export async function readShareFile(file: string): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new HarborError('not_found', { key: 'share.noFileAt', params: { file } });
  if (stat.size > MAX_SHARE_FILE_BYTES) {
    throw new HarborError('integrity', { key: 'share.fileTooLarge', params: { file } });
  }
  return fs.readFile(file);
}

/**
 * Writes atomically; refuses to replace an existing file unless asked, so nothing is lost by
 * mistake, and refuses a place inside a vault folder (checkOutputFile).
 */
export async function writeShareFile(file: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  const target = await checkOutputFile(file, {
    overwrite,
    exists: (shown) => new HarborError('exists', { key: 'share.fileExists', params: { file: shown } }),
  });
  await writeFileAtomic(target, bytes, { durable: true });
}
