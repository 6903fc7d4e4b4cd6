import { HarborError } from '../../shared/errors';

/*
 * A PNG keeps text, times and camera data in chunks of its own (tEXt, zTXt, iTXt, tIME, eXIf…).
 * A picture leaving Harbor keeps only what draws it: the header, the palette and transparency,
 * and the pixels. Each chunk keeps its own checksum, so the picture is unchanged.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEPT = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);

const fail = (detail: string) => new HarborError('internal', { key: 'export.wordNotReadBack', params: { detail } });

/** Whether bytes start like a PNG file. */
export const isPng = (bytes: Uint8Array) =>
  bytes.length >= SIGNATURE.length && Buffer.from(bytes.subarray(0, SIGNATURE.length)).equals(SIGNATURE);

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
