import { inflateRawSync } from 'node:zlib';
import { importErrors } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * A .docx is a zip. Before mammoth inflates it, inflate every part ourselves against one budget
 * and refuse the file as soon as the inflated bytes pass it (a "zip bomb": a few hundred KB that
 * unpack to gigabytes). Sizes the file declares are never trusted: zlib stops at the budget, so a
 * part that claims 1 KB and inflates to 1 GB costs at most the budget. Mammoth then inflates the
 * same compressed bytes, which are now known to stay within it.
 */
export function checkDocxSize(zip: Buffer, maxUnpacked: number = IMPORT_LIMITS.maxDocxUnpackedBytes): void {
  const eocd = findEocd(zip);
  const entries = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (entries > IMPORT_LIMITS.maxDocxEntries) throw importErrors.tooLong();
  let at = offset;
  let remaining = maxUnpacked;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw importErrors.unreadableDocx();
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const declaredSize = zip.readUInt32LE(at + 24);
    const localOffset = zip.readUInt32LE(at + 42);
    // A claim past the budget is refused without inflating anything.
    if (declaredSize > remaining) throw importErrors.unpackedTooLarge(mib(maxUnpacked));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    remaining -= inflatedLength(zip, localOffset, compressedSize, method, remaining, maxUnpacked);
  }
}

function inflatedLength(
  zip: Buffer,
  localOffset: number,
  compressedSize: number,
  method: number,
  remaining: number,
  maxUnpacked: number,
): number {
  if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
    throw importErrors.unreadableDocx();
  }
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const raw = zip.subarray(start, start + compressedSize);
  if (raw.length !== compressedSize) throw importErrors.unreadableDocx();
  if (method === 0) {
    if (raw.length > remaining) throw importErrors.unpackedTooLarge(mib(maxUnpacked));
    return raw.length;
  }
  if (method !== 8) throw importErrors.unreadableDocx();
  try {
    // maxOutputLength makes zlib give up mid-stream the moment the budget is passed.
    return inflateRawSync(raw, { maxOutputLength: Math.max(remaining, 1) }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw importErrors.unpackedTooLarge(mib(maxUnpacked));
    }
    throw importErrors.unreadableDocx();
  }
}

const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));

function findEocd(zip: Buffer): number {
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= searchFrom; i--) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw importErrors.unreadableDocx();
}
