import { unzipSync, type Unzipped } from 'fflate';
import { HarborError } from '../../shared/errors';

/** One file of a zip package (a DOCX is one), held uncompressed. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

/** A DOCX from our own renderer is a few hundred KiB; these only stop a runaway. */
const DEFAULT_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 512 * 1024 * 1024 };

const fail = (why: string) => new HarborError('internal', { key: 'export.wordNotReadBack', params: { detail: why } });

/**
 * Reads a zip package with fflate. fflate inflates each part into a buffer of the size the
 * central directory declares, so the declared sizes checked here bound the memory used; a part
 * that inflates to a different length is refused. Duplicate names, which two readers could
 * resolve differently, are refused too.
 */
export function readZip(zip: Buffer, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  const declared = new Map<string, number>();
  let total = 0;
  let files: Unzipped;
  try {
    files = unzipSync(zip, {
      filter: ({ name, originalSize }) => {
        // fflate keeps the parts in a plain object, where this name would replace its prototype.
        if (name === '__proto__') throw fail('a part named __proto__');
        if (declared.has(name)) throw fail(`duplicate part ${name}`);
        declared.set(name, originalSize);
        if (declared.size > limits.maxEntries) throw fail('too many parts');
        total += originalSize;
        if (total > limits.maxTotalBytes) throw fail('too large');
        return true;
      },
    });
  } catch (error) {
    throw error instanceof HarborError ? error : fail(error instanceof Error ? error.message : 'not a zip file');
  }
  // The central directory's order, not the object's: keys like "1" would otherwise come first.
  return [...declared].map(([name, size]) => {
    const data = files[name]!;
    if (data.length !== size) throw fail(`size mismatch in ${name}`);
    return { name, data: Buffer.from(data.buffer, data.byteOffset, data.length) };
  });
}
