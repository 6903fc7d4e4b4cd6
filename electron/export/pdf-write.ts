import { createHash } from 'node:crypto';
import { writeValue, type PdfDict, type PdfRef, type PdfValue } from './pdf-syntax';

export interface PdfOutObject {
  value: PdfValue;
  stream?: Buffer;
}

/**
 * Writes a complete single-revision PDF: objects numbered 1…n in the order given, one xref table,
 * one trailer, one %%EOF. The file ID is a hash of the content, so it says nothing about when or
 * where the file was made and the same content gives the same ID.
 */
export function writePdf(
  version: string,
  objects: PdfOutObject[],
  trailer: Map<string, PdfValue>,
  /** Maps every reference in the objects (not the trailer's, which are final already). */
  renumber: (r: PdfRef) => PdfRef = (r) => r,
): Buffer {
  const chunks: Buffer[] = [Buffer.from(`%PDF-${version}\n%\xE2\xE3\xCF\xD3\n`, 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    chunks.push(b);
    length += b.length;
  };
  objects.forEach((obj, i) => {
    offsets.push(length);
    const value: PdfValue =
      obj.stream && obj.value.kind === 'dict'
        ? {
            kind: 'dict',
            entries: new Map([...obj.value.entries, ['Length', { kind: 'num', raw: String(obj.stream.length) }]]),
          }
        : obj.value;
    push(Buffer.from(`${i + 1} 0 obj\n${writeValue(value, renumber)}`, 'latin1'));
    if (obj.stream) {
      push(Buffer.from(' stream\n', 'latin1'));
      push(obj.stream);
      push(Buffer.from('\nendstream', 'latin1'));
    }
    push(Buffer.from('\nendobj\n', 'latin1'));
  });
  const id = createHash('sha256').update(Buffer.concat(chunks)).digest('hex').slice(0, 32).toUpperCase();
  const xrefAt = length;
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  const fullTrailer: PdfDict = {
    kind: 'dict',
    entries: new Map<string, PdfValue>([
      ['Size', { kind: 'num', raw: String(objects.length + 1) }],
      ...trailer,
      [
        'ID',
        {
          kind: 'array',
          items: [
            { kind: 'str', raw: `<${id}>` },
            { kind: 'str', raw: `<${id}>` },
          ],
        },
      ],
    ]),
  };
  push(Buffer.from(`${xref.join('')}trailer\n${writeValue(fullTrailer)}\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

export const ref = (num: number): PdfRef => ({ kind: 'ref', num, gen: 0 });
