import { createHash } from 'node:crypto';
import path from 'node:path';
import { HarborError } from '../../shared/errors';
import { writeFileAtomic } from './atomic-write';

export interface WrittenFile {
  /** The file's name only: the folder may describe the person (their name, a shelter's). */
  fileName: string;
  sha256: string;
}

/**
 * Writes a file where the person chose (an export, a share file, a template): owner-only (0600),
 * through a temp file that is synced and renamed, so a crash leaves the old file or the new one,
 * never half a file. A failure says what the person can do about it, the same way for every kind.
 */
export async function saveFile(target: string, bytes: Uint8Array): Promise<WrittenFile> {
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
