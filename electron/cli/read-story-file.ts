import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HarborError } from '../../shared/errors';
import { formatErrorMessage } from '../../shared/error-text/error-catalog';
import { IMPORT_LIMITS, type ImportedStory, type ImportOptions } from '../stories/index';
import type { ImportRunner } from '../stories/import/import-runner';
import { createWorkerImportRunner } from '../stories/import/worker-import-runner';

/**
 * Reads a file named on the command line and imports it (size checked before reading it all) in a
 * worker thread bounded in memory and time (import-worker.js beside harbor.js).
 */
export async function readStoryFile(
  file: string,
  opts: ImportOptions = {},
  runner: ImportRunner = createWorkerImportRunner(),
): Promise<ImportedStory> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new HarborError('invalid_input', { key: 'cli.notAFile', params: { file } });
    if (stat.size > IMPORT_LIMITS.maxBytes) {
      const limitMiB = IMPORT_LIMITS.maxBytes / (1024 * 1024);
      throw new HarborError('invalid_input', { key: 'cli.fileTooLarge', params: { file, limitMiB } });
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof HarborError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HarborError('not_found', { key: 'cli.fileNotFound', params: { file } });
    if (code === 'EACCES' || code === 'EPERM') {
      throw new HarborError('io', { key: 'cli.fileNotAllowed', params: { file } });
    }
    throw new HarborError('io', { key: 'cli.fileUnreadable', params: { file } });
  }
  return runner.run(bytes, path.basename(file), opts);
}

/** Says on stderr what an import left out (hidden Word text), in plain English. */
export function reportImportNotices(imported: ImportedStory, err: (text: string) => void): void {
  for (const notice of imported.notices ?? []) err(formatErrorMessage('en', notice.key, notice.params));
}
