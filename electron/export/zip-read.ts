import { inflateRawSync } from 'node:zlib';
import { HarborError } from '../../shared/errors';
import { crc32 } from './crc32';
import type { ZipEntry } from './zip-entry';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

/** A DOCX from our own renderer is a few hundred KiB; these only stop a runaway. */
const DEFAULT_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 512 * 1024 * 1024 };

const fail = (why: string) => new HarborError('internal', { key: 'export.wordNotReadBack', params: { detail: why } });

/**
 * Minimal zip reader over the central directory (what DOCX packages use: stored or deflated
 * entries, no zip64, no encryption). Refuses anything else rather than guessing, and refuses
 * duplicate names, which two readers could resolve differently.
 */
export function readZip(zip: Buffer, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  const eocd = findEocd(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw fail('zip64 is not supported');
  if (count > limits.maxEntries) throw fail('too many parts');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw fail('bad central directory');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw fail('encrypted parts are not supported');
    if (names.has(name)) throw fail(`duplicate part ${name}`);
    names.add(name);
    total += size;
    if (total > limits.maxTotalBytes) throw fail('too large');
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL) throw fail('bad local header');
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(start, start + compressedSize);
    if (raw.length !== compressedSize) throw fail('truncated');
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflate(raw, size) : null;
    if (!data) throw fail(`compression method ${method} is not supported`);
    if (data.length !== size || crc32(data) !== crc) throw fail(`checksum mismatch in ${name}`);
    entries.push({ name, data });
  }
  return entries;
}

function inflate(raw: Buffer, size: number): Buffer {
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
  } catch {
    throw fail('corrupt compressed data');
  }
}

function findEocd(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let p = zip.length - 22; p >= lowest; p--) {
    if (zip.readUInt32LE(p) === EOCD) return p;
  }
  throw fail('not a zip file');
}
