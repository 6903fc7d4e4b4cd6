import { importErrors } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * A .docx is a zip. Before mammoth inflates it, read what the central directory says the parts
 * unpack to and refuse a file that claims far more than any document needs (a "zip bomb": a few
 * MB that would unpack to gigabytes). Structural problems are left to mammoth, which reports them
 * as an unreadable file.
 */
export function checkDocxSize(zip: Buffer): void {
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= searchFrom; i--) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw importErrors.unreadableDocx();
  const entries = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (entries > IMPORT_LIMITS.maxDocxEntries) throw importErrors.tooLong();
  let at = offset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw importErrors.unreadableDocx();
    total += zip.readUInt32LE(at + 24);
    if (total > IMPORT_LIMITS.maxDocxUnpackedBytes) throw importErrors.tooLong();
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
