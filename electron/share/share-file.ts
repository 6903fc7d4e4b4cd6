import { createHash } from 'node:crypto';
import { NONCE_BYTES, SALT_BYTES, TAG_BYTES } from '../vault/constants';
import type { KdfCost } from '../vault/kdf';
import { shareErrors } from './share-errors';

/*
 * The bytes of a .harbor-share file (docs/share-format.md). One layout for the three kinds of file
 * that pass between writer and advocate; everything is big-endian.
 *
 *   magic "HARBORSH" (8) | version (1) | type (1) | package id (16)
 *   package only: memoryKiB (4) | iterations (4) | parallelism (1) | salt (16) | key check (16)
 *   nonce (12) | ciphertext length (4) | ciphertext with tag | SHA-256 of all bytes before it (32)
 *
 * The associated data is the header up to the nonce. The trailing SHA-256 is not security (anyone
 * can recompute it): it tells a damaged file from a wrong share code.
 */

export const SHARE_MAGIC = Buffer.from('HARBORSH', 'ascii');
export const SHARE_VERSION = 1;
export const SHARE_TYPES = { package: 1, revocation: 2, receipt: 3 } as const;
export type ShareFileType = keyof typeof SHARE_TYPES;

export const PACKAGE_ID_BYTES = 16;
export const KEY_CHECK_BYTES = 16;
const DIGEST_BYTES = 32;
/** Far above any story; keeps a hostile length field from making Harbor allocate gigabytes. */
export const MAX_SHARE_FILE_BYTES = 20 * 1024 * 1024;

export interface ShareFileHeader {
  type: ShareFileType;
  packageId: string;
  /** Package files only. */
  kdf?: KdfCost & { salt: Buffer };
  keyCheck?: Buffer;
}

export interface ShareFile {
  header: ShareFileHeader;
  /** The bytes the key check covers: everything before the key check (package files). */
  checkedBytes: Buffer;
  /** Associated data: the whole header up to the nonce, so no header field can be changed alone. */
  aad: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
}

const typeName = (code: number): ShareFileType | null =>
  (Object.keys(SHARE_TYPES) as ShareFileType[]).find((k) => SHARE_TYPES[k] === code) ?? null;

/** The header bytes; the caller seals with them as associated data. */
export function encodeShareHeader(h: ShareFileHeader): { aad: Buffer; checked: Buffer } {
  const fixed = Buffer.alloc(10);
  SHARE_MAGIC.copy(fixed, 0);
  fixed[8] = SHARE_VERSION;
  fixed[9] = SHARE_TYPES[h.type];
  const parts: Buffer[] = [fixed, Buffer.from(h.packageId, 'hex')];
  if (h.type === 'package') {
    if (!h.kdf) throw new Error('package header needs kdf');
    const k = Buffer.alloc(9);
    k.writeUInt32BE(h.kdf.memoryKiB, 0);
    k.writeUInt32BE(h.kdf.iterations, 4);
    k[8] = h.kdf.parallelism;
    parts.push(k, h.kdf.salt);
  }
  const checked = Buffer.concat(parts);
  const aad = Buffer.concat([checked, ...(h.type === 'package' ? [h.keyCheck ?? Buffer.alloc(KEY_CHECK_BYTES)] : [])]);
  return { aad, checked };
}

export function encodeShareFile(aad: Buffer, nonce: Buffer, ciphertext: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(ciphertext.length, 0);
  const body = Buffer.concat([aad, nonce, len, ciphertext]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/**
 * Reads the layout only: no key, no derivation, so it is cheap to run on anything. Throws a
 * HarborError for every malformed input (wrong magic, unknown version or type, a length that does
 * not match, a changed byte caught by the checksum); never anything else.
 */
export function parseShareFile(bytes: Uint8Array): ShareFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length > MAX_SHARE_FILE_BYTES) throw shareErrors.damaged('tooLarge');
  // A file shorter than its 10-byte header fails one of these three checks: the magic, the version
  // byte (undefined is no version) or the type byte.
  if (!buf.subarray(0, 8).equals(SHARE_MAGIC)) throw shareErrors.notShareFile();
  if (buf[8]! > SHARE_VERSION) throw shareErrors.tooNew();
  if (buf[8] !== SHARE_VERSION) throw shareErrors.notShareFile();
  const type = typeName(buf[9]!);
  if (!type) throw shareErrors.notShareFile();
  const fixedEnd = 10 + PACKAGE_ID_BYTES + (type === 'package' ? 9 + SALT_BYTES + KEY_CHECK_BYTES : 0);
  const minimum = fixedEnd + NONCE_BYTES + 4 + TAG_BYTES + DIGEST_BYTES;
  if (buf.length < minimum) throw shareErrors.damaged();
  const body = buf.subarray(0, buf.length - DIGEST_BYTES);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(buf.subarray(buf.length - DIGEST_BYTES))
  ) {
    throw shareErrors.damaged();
  }
  const packageId = buf.subarray(10, 10 + PACKAGE_ID_BYTES).toString('hex');
  let offset = 10 + PACKAGE_ID_BYTES;
  const header: ShareFileHeader = { type, packageId };
  if (type === 'package') {
    header.kdf = {
      memoryKiB: buf.readUInt32BE(offset),
      iterations: buf.readUInt32BE(offset + 4),
      parallelism: buf[offset + 8]!,
      salt: Buffer.from(buf.subarray(offset + 9, offset + 9 + SALT_BYTES)),
    };
    offset += 9 + SALT_BYTES;
    header.keyCheck = Buffer.from(buf.subarray(offset, offset + KEY_CHECK_BYTES));
    offset += KEY_CHECK_BYTES;
  }
  const checkedBytes = Buffer.from(buf.subarray(0, type === 'package' ? offset - KEY_CHECK_BYTES : offset));
  const aad = Buffer.from(buf.subarray(0, offset));
  const nonce = Buffer.from(buf.subarray(offset, offset + NONCE_BYTES));
  offset += NONCE_BYTES;
  const length = buf.readUInt32BE(offset);
  offset += 4;
  // Ending at the digest, a length leaves room for a whole tag: the minimum above counted one.
  if (offset + length !== body.length) throw shareErrors.damaged();
  return { header, checkedBytes, aad, nonce, ciphertext: Buffer.from(buf.subarray(offset, offset + length)) };
}
