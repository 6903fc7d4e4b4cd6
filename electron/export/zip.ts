import { deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipPassThrough, type Unzipped } from 'fflate';
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

/**
 * Every entry is dated 1980-01-01 00:00 (the earliest DOS date, in the local time fflate writes):
 * zip timestamps would otherwise tell when the survivor exported, and fixed ones make the same
 * document give the same bytes.
 */
const DOS_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A zip entry deflated by Node's own zlib at its best compression (the general-purpose flag says
 * so, as fflate's level 9 does). fflate's JavaScript deflate is the same format but, in a command
 * that runs once, most of its time went on compiling it; zlib's native code has nothing to warm up.
 */
class NativeDeflate extends ZipPassThrough {
  private readonly chunks: Uint8Array[] = [];
  /** Read by fflate's Zip for the entry's header (ZipInputFile.flag). */
  flag = 1;

  constructor(name: string) {
    super(name);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.chunks.push(chunk);
    if (final) this.ondata(null, deflateRawSync(Buffer.concat(this.chunks), { level: 9 }), true);
  }
}

/** Deflated entries in the order given, no extra fields, no comments. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const file = new NativeDeflate(entry.name);
    file.mtime = DOS_EPOCH;
    zip.add(file);
    file.push(entry.data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}
