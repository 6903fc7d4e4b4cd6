/**
 * A small classic PDF (one xref table) from object texts, for cases Chromium never prints: a
 * crafted file an adversary could hand to the scrubber, built in microseconds without a browser.
 */
export function buildPdf(objects: ReadonlyMap<number, string>, trailer: string, version = '1.7'): Buffer {
  let body = `%PDF-${version}\n`;
  const offsets = new Map<number, number>();
  for (const [num, text] of objects) {
    offsets.set(num, Buffer.byteLength(body, 'latin1'));
    body += `${num} 0 obj\n${text}\nendobj\n`;
  }
  const size = Math.max(0, ...objects.keys()) + 1;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let num = 1; num < size; num++) {
    const offset = offsets.get(num);
    xref += offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  const xrefAt = Buffer.byteLength(body, 'latin1');
  return Buffer.from(`${body}${xref}trailer\n<</Size ${size} ${trailer}>>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1');
}
