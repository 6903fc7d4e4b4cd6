import { checkXref, scanObjects } from './pdf-inspect';

/**
 * Appends an incremental update (new versions of some objects, a new xref section and a trailer
 * with /Prev), the way an editor saving over a PDF would: a second revision for scrubPdf to flatten.
 */
export function appendUpdate(pdf: Buffer, objects: Map<number, string>, trailerExtra = ''): Buffer {
  const src = pdf.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(src)![1]);
  const { trailer } = checkXref(pdf);
  const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
  const maxNew = Math.max(size - 1, ...objects.keys());
  let body = '';
  const offsets = new Map<number, number>();
  for (const [num, text] of objects) {
    offsets.set(num, pdf.length + Buffer.byteLength(body, 'latin1'));
    body += `${num} 0 obj\n${text}\nendobj\n`;
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  let xref = 'xref\n';
  for (const [num, offset] of [...offsets].sort((a, b) => a[0] - b[0]))
    xref += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const root = /\/Root (\d+ 0 R)/.exec(trailer)![1];
  const info = /\/Info (\d+ 0 R)/.exec(trailer)![1];
  const tail = `${xref}trailer\n<</Size ${maxNew + 1} /Root ${root} /Info ${info} /Prev ${prev}${trailerExtra}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body + tail, 'latin1')]);
}

/** The dictionary text of the first object whose text matches. */
export function objectText(pdf: Buffer, test: RegExp): { num: number; head: string } {
  const obj = scanObjects(pdf).find((o) => test.test(o.head));
  if (!obj) throw new Error(`no object matching ${test}`);
  return { num: obj.num, head: obj.head.trim() };
}
