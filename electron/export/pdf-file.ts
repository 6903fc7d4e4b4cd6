import { nameOf, PdfReader, pdfFail, type PdfDict, type PdfValue } from './pdf-syntax';

/** One indirect object: its value and, for a stream, its (still encoded) data. */
export interface PdfObject {
  num: number;
  gen: number;
  value: PdfValue;
  stream?: Buffer;
}

export interface PdfFile {
  version: string;
  objects: Map<number, PdfObject>;
  trailer: PdfDict;
}

/**
 * Reads a classic PDF (xref tables, as Chromium/Skia writes), following /Prev through any
 * incremental updates so the newest version of each object wins. Cross-reference streams, object
 * streams and encryption are refused: we could not see inside them to clean them.
 */
export function readPdf(pdf: Buffer): PdfFile {
  const src = pdf.toString('latin1');
  const version = /^%PDF-(\d\.\d)/.exec(src)?.[1];
  if (!version) throw pdfFail('no PDF header');
  const start = src.lastIndexOf('startxref');
  if (start < 0) throw pdfFail('no startxref');
  const offsets = new Map<number, { offset: number; gen: number }>();
  const free = new Set<number>();
  let trailer: PdfDict | undefined;
  let at: number | undefined = Number(/startxref\s+(\d+)/.exec(src.slice(start))?.[1]);
  const seen = new Set<number>();
  while (at !== undefined) {
    if (!Number.isInteger(at) || seen.has(at)) throw pdfFail('bad xref chain');
    seen.add(at);
    const section = readXrefSection(src, at);
    for (const [num, entry] of section.entries) {
      // Newer sections are read first: an object already known (or freed) keeps that state.
      if (offsets.has(num) || free.has(num)) continue;
      if (entry) offsets.set(num, entry);
      else free.add(num);
    }
    trailer ??= section.trailer;
    if (section.trailer.entries.has('Encrypt')) throw pdfFail('encrypted PDFs are not supported');
    if (section.trailer.entries.has('XRefStm')) throw pdfFail('hybrid cross-reference streams are not supported');
    const prev = section.trailer.entries.get('Prev');
    at = prev?.kind === 'num' ? Number(prev.raw) : undefined;
  }
  const objects = new Map<number, PdfObject>();
  const load = (num: number): PdfObject => {
    const known = objects.get(num);
    if (known) return known;
    const entry = offsets.get(num);
    if (!entry) throw pdfFail(`object ${num} is missing`);
    const obj = readObject(src, pdf, entry.offset, num, (n) => load(n).value);
    objects.set(num, obj);
    return obj;
  };
  for (const num of [...offsets.keys()].sort((a, b) => a - b)) load(num);
  return { version, objects, trailer: trailer! };
}

function readXrefSection(src: string, at: number) {
  const r = new PdfReader(src, at);
  if (r.peekWord() !== 'xref') throw pdfFail('cross-reference streams are not supported');
  r.expectWord('xref');
  const entries: [number, { offset: number; gen: number } | null][] = [];
  for (;;) {
    const first = r.peekWord();
    if (first === 'trailer') break;
    r.pos += first.length;
    const count = r.peekWord();
    r.pos += count.length;
    if (!/^\d+$/.test(first) || !/^\d+$/.test(count)) throw pdfFail('bad xref subsection');
    for (let i = 0; i < Number(count); i++) {
      r.skipSpace();
      const m = /^(\d{10}) (\d{5}) ([nf])/.exec(src.slice(r.pos, r.pos + 18));
      if (!m) throw pdfFail(`bad xref entry at byte ${r.pos}`);
      r.pos += 18;
      const num = Number(first) + i;
      entries.push([num, m[3] === 'n' ? { offset: Number(m[1]), gen: Number(m[2]) } : null]);
    }
  }
  r.expectWord('trailer');
  const trailer = r.value();
  if (trailer.kind !== 'dict') throw pdfFail('bad trailer');
  return { entries, trailer };
}

function readObject(
  src: string,
  pdf: Buffer,
  offset: number,
  num: number,
  resolve: (num: number) => PdfValue,
): PdfObject {
  const r = new PdfReader(src, offset);
  const head = /^(\d+)\s+(\d+)\s+obj/.exec(src.slice(offset, offset + 40));
  if (!head || Number(head[1]) !== num) throw pdfFail(`xref entry for object ${num} points elsewhere`);
  r.pos = offset + head[0].length;
  const value = r.value();
  const obj: PdfObject = { num, gen: Number(head[2]), value };
  if (r.peekWord() === 'stream') {
    if (value.kind !== 'dict') throw pdfFail(`stream ${num} has no dictionary`);
    const type = nameOf(value.entries.get('Type'));
    if (type === 'ObjStm' || type === 'XRef') throw pdfFail('object streams are not supported');
    r.pos += 'stream'.length;
    if (src.startsWith('\r\n', r.pos)) r.pos += 2;
    else if (src[r.pos] === '\n') r.pos += 1;
    else throw pdfFail(`bad stream start in object ${num}`);
    let length = value.entries.get('Length');
    if (length?.kind === 'ref') length = resolve(length.num);
    if (length?.kind !== 'num' || !/^\d+$/.test(length.raw)) throw pdfFail(`stream ${num} has no length`);
    const end = r.pos + Number(length.raw);
    if (end > pdf.length) throw pdfFail(`stream ${num} runs past the end`);
    obj.stream = pdf.subarray(r.pos, end);
    r.pos = end;
    r.expectWord('endstream');
  }
  r.expectWord('endobj');
  return obj;
}
