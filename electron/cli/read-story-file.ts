import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HarborError } from '../../shared/errors';
import { importStory, IMPORT_LIMITS, type ImportedStory, type ImportOptions } from '../stories/index';

/** Reads a file named on the command line and imports it (size checked before reading it all). */
export async function readStoryFile(file: string, opts: ImportOptions = {}): Promise<ImportedStory> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new HarborError('invalid_input', `${file} is not a file.`);
    if (stat.size > IMPORT_LIMITS.maxBytes) {
      throw new HarborError('invalid_input', `${file} is larger than 20 MB. Harbor can import smaller files.`);
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof HarborError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HarborError('not_found', `Harbor couldn't find the file ${file}.`);
    if (code === 'EACCES' || code === 'EPERM') throw new HarborError('io', `Harbor isn't allowed to read ${file}.`);
    throw new HarborError('io', `Harbor couldn't read ${file}.`);
  }
  return importStory(bytes, path.basename(file), opts);
}
