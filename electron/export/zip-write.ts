import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip';

/*
 * Writes a zip package (a DOCX is one) of Harbor's own parts with Node's native deflate and CRC-32.
 * Reading packages, which come from outside, stays with fflate (zip.ts, decision 0009). Writing our
 * own is a header per part and a directory at the end, and a command-line Word export, which runs
 * once, spent a tenth of its time loading fflate and running its JavaScript CRC-32 (decision 0014).
 */

/**
 * Every entry is dated 1980-01-01 00:00 (the earliest DOS date): zip timestamps would otherwise
 * tell when the survivor exported, and fixed ones make the same document give the same bytes.
 */
const DOS_DATE_1980_01_01 = (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;

/** "Version 2.0": deflate, no zip64. As the host of "made by", 0 is MS-DOS (no Unix permissions). */
const VERSION = 20;
const DEFLATE = 8;
/** General-purpose flags: bit 1, deflated at the best compression; bit 11, the name is UTF-8. */
const MAX_COMPRESSION = 0x0002;
const UTF8_NAME = 0x0800;
const LIMIT = 0xffffffff;

/** Deflated entries in the order given: no extra fields, no comments, no data descriptors. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error('too many parts for a zip without zip64');
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = deflateRawSync(entry.data, { level: 9 });
    if (entry.data.length >= LIMIT || offset + 30 + name.length + data.length >= LIMIT)
      throw new Error('too large for a zip without zip64');
    // The names Harbor writes are ASCII; a name that is not says it is UTF-8, as the format asks.
    const flags = MAX_COMPRESSION | (name.length === entry.name.length ? 0 : UTF8_NAME);
    // The fields a local header and its directory entry share, from "version needed" to the name's length.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(VERSION, 0);
    common.writeUInt16LE(flags, 2);
    common.writeUInt16LE(DEFLATE, 4);
    common.writeUInt16LE(DOS_TIME_MIDNIGHT, 6);
    common.writeUInt16LE(DOS_DATE_1980_01_01, 8);
    common.writeUInt32LE(crc32(entry.data), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(entry.data.length, 18);
    common.writeUInt16LE(name.length, 22);
    // Extra field length 0 (bytes 24-25).

    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    chunks.push(local, common, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    common.copy(central, 6);
    // Comment length, disk, internal and external attributes stay 0.
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const centralBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, centralBytes, end]);
}
