import { createHash } from 'node:crypto';
import path from 'node:path';
import { HarborError } from '../../shared/errors';
import { writeFileAtomic } from '../vault/atomic-write';

export interface WrittenFile {
  /** The file's name only: the folder may describe the person (their name, a shelter's). */
  fileName: string;
  sha256: string;
}

/**
 * Writes the export where the person chose: owner-only (0600), through a temp file that is synced
 * and renamed, so a crash leaves the old file or the new one, never half a file.
 */
export async function writeExportFile(target: string, bytes: Buffer): Promise<WrittenFile> {
  try {
    await writeFileAtomic(target, bytes, { durable: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new HarborError('io', 'export.folderMissing');
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new HarborError('io', 'export.folderForbidden');
    }
    if (code === 'ENOSPC') throw new HarborError('io', 'export.diskFull');
    throw new HarborError('io', 'export.saveFailed');
  }
  return { fileName: path.basename(target), sha256: createHash('sha256').update(bytes).digest('hex') };
}
