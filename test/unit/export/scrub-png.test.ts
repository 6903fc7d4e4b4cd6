import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanPng, encodePng, isPng, pngChunkNames } from '../../../electron/export/scrub-png';
import { HarborError } from '../../../shared/errors';

const SECRET = 'Maricruz Ibáñez';
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Every ancillary chunk the PNG standard names, and one of a program's own (lower-case first letter). */
const METADATA = [
  'tEXt',
  'zTXt',
  'iTXt',
  'tIME',
  'eXIf',
  'iCCP',
  'sRGB',
  'gAMA',
  'cHRM',
  'pHYs',
  'bKGD',
  'hIST',
  'sBIT',
  'sPLT',
  'cICP',
  'prVt',
];

/** A chunk with its real checksum, so a picture viewer would accept the file. */
function chunk(name: string, data: Buffer | string): Buffer {
  const body = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(name, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** A 2×1 palette picture: header, palette, transparency and pixels in two IDAT chunks. */
const header = chunk('IHDR', Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 3, 0, 0, 0]));
const palette = chunk('PLTE', Buffer.from([255, 0, 0, 0, 0, 255]));
const transparency = chunk('tRNS', Buffer.from([128]));
const pixelsA = chunk('IDAT', Buffer.from([0x78, 0x01, 0x63, 0x60]));
const pixelsB = chunk('IDAT', Buffer.from([0x60, 0x04, 0x00, 0x00, 0x05, 0x00, 0x02]));
const end = chunk('IEND', Buffer.alloc(0));
const drawing = [header, palette, transparency, pixelsA, pixelsB, end];

/** The same picture with a metadata chunk carrying the secret in every place an editor could put one. */
function withMetadataEverywhere(name: string): Buffer {
  const meta = chunk(name, `Author\0${SECRET}`);
  const [ihdr, plte, trns, a, b, iend] = drawing as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
  return Buffer.concat([SIGNATURE, ihdr, meta, plte, meta, trns, meta, a, meta, b, meta, iend]);
}

const chunkNames = (png: Buffer) => pngChunkNames(png);

describe('a PNG leaving Harbor', () => {
  it.each(METADATA)(
    'keeps no %s chunk wherever it was, and every chunk that draws the picture, byte for byte',
    (name) => {
      const clean = cleanPng(withMetadataEverywhere(name));
      expect(chunkNames(clean)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IDAT', 'IEND']);
      expect(clean.equals(Buffer.concat([SIGNATURE, ...drawing]))).toBe(true);
      expect(clean.toString('latin1')).not.toContain('Maricruz');
      expect(clean.toString('utf8')).not.toContain('Maricruz');
    },
  );

  it('keeps nothing after the end of the picture', () => {
    const trailing = Buffer.concat([SIGNATURE, ...drawing, chunk('tEXt', SECRET), Buffer.from(SECRET, 'latin1')]);
    const clean = cleanPng(trailing);
    expect(clean.equals(Buffer.concat([SIGNATURE, ...drawing]))).toBe(true);
    expect(pngChunkNames(trailing)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IDAT', 'IEND']);
  });

  it('reads a picture held inside a larger buffer, at its own offset', () => {
    const whole = Buffer.concat([Buffer.from(`${SECRET}`, 'latin1'), withMetadataEverywhere('tEXt')]);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + Buffer.byteLength(SECRET, 'latin1'));
    expect(cleanPng(view).equals(Buffer.concat([SIGNATURE, ...drawing]))).toBe(true);
  });

  it('is recognised by its eight-byte signature alone', () => {
    expect(isPng(SIGNATURE)).toBe(true);
    expect(isPng(SIGNATURE.subarray(0, 7))).toBe(false);
    expect(isPng(Buffer.from('not a picture at all'))).toBe(false);
    expect(isPng(Buffer.concat([Buffer.from([0x88]), SIGNATURE.subarray(1)]))).toBe(false);
  });

  it.each([
    ['not a PNG', Buffer.from(`GIF89a ${SECRET}`), 'not a PNG picture'],
    ['a signature only', SIGNATURE, 'PNG without header or end'],
    [
      'fewer bytes than a chunk head',
      Buffer.concat([SIGNATURE, header, Buffer.from([0, 0, 0])]),
      'PNG chunk cut short',
    ],
    [
      'a chunk longer than the file',
      Buffer.concat([SIGNATURE, header, chunk('IDAT', 'xyz').subarray(0, 14)]),
      'cut short',
    ],
    ['no header first', Buffer.concat([SIGNATURE, pixelsA, end]), 'PNG without header or end'],
    ['no end', Buffer.concat([SIGNATURE, header, pixelsA]), 'PNG without header or end'],
    ['the end first', Buffer.concat([SIGNATURE, end, header, pixelsA]), 'PNG without header or end'],
  ])('is refused, not passed through, when it is %s', (_case, bytes, why) => {
    let thrown: unknown;
    try {
      cleanPng(bytes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HarborError);
    expect((thrown as HarborError).messageKey).toBe('export.wordNotReadBack');
    expect((thrown as HarborError).message).toContain(why);
    expect(() => pngChunkNames(bytes)).toThrow(why);
  });
});

describe('a PNG Harbor draws itself', () => {
  // Three by two, every pixel a different colour, with an alpha that must not reach the file.
  const width = 3;
  const height = 2;
  const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 7 : 10 + i));

  it('holds the header, the pixels and the end, each with a correct checksum', () => {
    const png = encodePng(width, height, rgba);
    expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
    expect(pngChunkNames(png)).toEqual(['IHDR', 'IDAT', 'IEND']);
    let at = 8;
    while (at < png.length) {
      const length = png.readUInt32BE(at);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
    expect(at).toBe(png.length);
    expect(cleanPng(png).equals(png)).toBe(true);
  });

  it('is 8-bit RGB of the given size, each row unfiltered, each pixel its own colour without alpha', () => {
    const png = encodePng(width, height, rgba);
    expect(png.readUInt32BE(8)).toBe(13);
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25], png[26], png[27], png[28]]).toEqual([
      width,
      height,
      8,
      2,
      0,
      0,
      0,
    ]);
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const expected: number[] = [];
    for (let y = 0; y < height; y += 1) {
      expected.push(0);
      for (let x = 0; x < width; x += 1) {
        const from = (y * width + x) * 4;
        expected.push(rgba[from]!, rgba[from + 1]!, rgba[from + 2]!);
      }
    }
    expect([...raw]).toEqual(expected);
  });
});
