import { crc32, deflateSync } from 'node:zlib';
import { HarborError } from '../../shared/errors';

/*
 * A PNG keeps text, times and camera data in chunks of its own (tEXt, zTXt, iTXt, tIME, eXIf…).
 * A picture leaving Harbor keeps only what draws it: the header, the palette and transparency,
 * and the pixels. Each chunk keeps its own checksum, so the picture is unchanged.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEPT = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);

const fail = (detail: string) => new HarborError('internal', { key: 'export.wordNotReadBack', params: { detail } });

/** Whether bytes start like a PNG file (fewer bytes than the signature never equal it). */
export const isPng = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, SIGNATURE.length)).equals(SIGNATURE);

/** The names of a PNG's chunks, in order (for tests and checks). */
export function pngChunkNames(bytes: Uint8Array): string[] {
  return chunks(bytes).map((c) => c.name);
}

function chunks(bytes: Uint8Array): { name: string; start: number; end: number }[] {
  if (!isPng(bytes)) throw fail('not a PNG picture');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out: { name: string; start: number; end: number }[] = [];
  let at = SIGNATURE.length;
  while (at < buf.length) {
    if (at + 12 > buf.length) throw fail('PNG chunk cut short');
    const length = buf.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buf.length) throw fail('PNG chunk cut short');
    const name = buf.toString('latin1', at + 4, at + 8);
    out.push({ name, start: at, end });
    at = end;
    if (name === 'IEND') break;
  }
  if (out[0]?.name !== 'IHDR' || out[out.length - 1]?.name !== 'IEND') throw fail('PNG without header or end');
  return out;
}

/** The same picture with every chunk that does not draw it dropped (and nothing after its end). */
export function cleanPng(bytes: Uint8Array): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const kept = chunks(bytes)
    .filter((c) => KEPT.has(c.name))
    .map((c) => buf.subarray(c.start, c.end));
  return Buffer.concat([SIGNATURE, ...kept]);
}

function chunk(name: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(name, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Opaque RGBA pixels as a PNG of header, pixels and end only (8-bit RGB, no filter): Node's zlib
 * compresses faster than the rasteriser's own encoder, and there is nothing else to clean.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  // Stryker disable next-line EqualityOperator: a row past the last writes past the end of `raw`, which a Buffer ignores
  for (let y = 0; y < height; y += 1)
    for (let x = 0, from = y * width * 4, to = y * row + 1; x < width; x += 1, from += 4, to += 3) {
      raw[to] = rgba[from]!;
      raw[to + 1] = rgba[from + 1]!;
      raw[to + 2] = rgba[from + 2]!;
    }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // RGB
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
