import { describe, expect, it } from 'vitest';
import { chartPictures } from '../../../electron/export/chart-png';
import { cleanPng, pngChunkNames } from '../../../electron/export/scrub-png';
import { renderDocx } from '../../support/render-docx-zip';
import { scrubDocx } from '../../../electron/export/scrub-docx-file';
import { readZip } from '../../../electron/export/zip';
import { writeZip } from '../../../electron/export/zip-write';
import type { ExportDocument } from '../../../shared/export/export-document';
import { HarborError } from '../../../shared/errors';

const SECRET = 'Maricruz Ibáñez';

const doc: ExportDocument = {
  language: 'en',
  title: null,
  byline: null,
  paper: 'letter',
  blocks: [
    {
      type: 'table',
      caption: 'Asks',
      header: ['Asks', 'Number'],
      rows: [
        ['Won', '2'],
        ['Lost', '1'],
      ],
      chart: { kind: 'bars', valueColumn: 1, summary: 'Of 3 asks: 2 won, 1 lost.' },
    },
  ],
};

/** A PNG chunk (its checksum is not what is tested here, so any four bytes do). */
const chunk = (name: string, data: string) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(Buffer.byteLength(data, 'latin1'), 0);
  head.write(name, 4, 'latin1');
  return Buffer.concat([head, Buffer.from(data, 'latin1'), Buffer.alloc(4)]);
};

/** A picture as an editor would leave it: author, comment, time and a camera block after the header. */
function dirty(png: Uint8Array): Buffer {
  const buf = Buffer.from(png);
  const ihdrEnd = 8 + 12 + buf.readUInt32BE(8);
  return Buffer.concat([
    buf.subarray(0, ihdrEnd),
    chunk('tEXt', `Author\0${SECRET}`),
    chunk('iTXt', `Comment\0\0\0\0\0${SECRET} edited this`),
    chunk('tIME', '\x07\xea\x02\x01\x0a\x00\x00'),
    chunk('eXIf', `MM\0*${SECRET}`),
    buf.subarray(ihdrEnd),
    Buffer.from(`trailing ${SECRET}`, 'latin1'),
  ]);
}

describe('pictures in a Word file', () => {
  it('keep only the chunks that draw them: no text, time or camera data, nothing after the end', async () => {
    const pictures = await chartPictures(doc.blocks);
    const rendered = readZip(await renderDocx(doc, pictures));
    const media = rendered.find((e) => e.name.startsWith('word/media/'))!;
    const original = Buffer.from(media.data);
    const tampered = rendered.map((e) => (e === media ? { ...e, data: dirty(e.data) } : e));
    tampered.push({ name: 'word/media/image9.jpeg', data: Buffer.from(`\xff\xd8\xff\xe1Exif ${SECRET}`, 'latin1') });
    const clean = readZip(scrubDocx(writeZip(tampered), { title: null }));
    const after = clean.find((e) => e.name === media.name)!;
    expect(pngChunkNames(after.data)).toEqual(pngChunkNames(original));
    expect(after.data.equals(original)).toBe(true);
    expect(clean.map((e) => e.name)).not.toContain('word/media/image9.jpeg');
    for (const e of clean) expect(e.data.toString('latin1')).not.toContain('Maricruz');
  });

  it('are refused, not passed through, when a PNG is not whole', () => {
    expect(() => cleanPng(Buffer.from('not a picture'))).toThrow(HarborError);
    const cut = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', 'x')]);
    expect(() => cleanPng(cut.subarray(0, cut.length - 2))).toThrow(HarborError);
    expect(() => cleanPng(cut)).toThrow(HarborError);
  });
});
