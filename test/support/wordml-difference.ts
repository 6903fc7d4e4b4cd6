import type { ChartPictureOrNote } from '../../electron/export/chart-png';
import { renderDocxParts } from '../../electron/export/render-docx';
import { scrubDocxParts } from '../../electron/export/scrub-docx';
import { readZip, type ZipEntry } from '../../electron/export/zip';
import type { ExportDocument } from '../../shared/export/export-document';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { renderDocxPartsWithDocx } from './docx-oracle/render-with-docx';

/*
 * What the user gets is the scrubbed file, so that is what is compared: the writer's parts and the
 * docx reference's parts, each through the same scrubber and read back, part by part. Bytes, not
 * parsed XML: the writer promises the very file docx wrote, so attribute order and escapes count.
 */

/** How much of each side is shown around the first difference: enough to see the element it is in. */
const CONTEXT_BYTES = 100;

/** The scrubbed file's parts, as exportDocx would write them from these parts. */
const scrubbed = (parts: ZipEntry[], doc: ExportDocument) =>
  readZip(scrubDocxParts(parts, { title: normalizeExportDocument(doc).title }));

/** Null when the writer's Word file equals docx's byte for byte; otherwise where and how they first differ. */
export function wordmlDifference(
  doc: ExportDocument,
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
): string | null {
  const ours = scrubbed(renderDocxParts(doc, pictures), doc);
  const docx = scrubbed(renderDocxPartsWithDocx(doc, pictures), doc);
  return partsDifference(ours, docx);
}

export function partsDifference(ours: readonly ZipEntry[], docx: readonly ZipEntry[]): string | null {
  const names = (parts: readonly ZipEntry[]) => parts.map((p) => p.name).join(', ');
  if (names(ours) !== names(docx)) return `parts differ:\n  writer: ${names(ours)}\n  docx:   ${names(docx)}`;
  for (const [i, part] of ours.entries()) {
    const at = firstDifferentByte(part.data, docx[i]!.data);
    if (at !== null) return describe(part.name, at, part.data, docx[i]!.data);
  }
  return null;
}

function firstDifferentByte(a: Buffer, b: Buffer): number | null {
  if (a.equals(b)) return null;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** The text either side of the byte, one character per code point, control characters made visible. */
function around(data: Buffer, at: number): { before: string; after: string } {
  // Control Pictures (U+2400 on): a stray control character shows as one symbol, not as nothing.
  const visible = (s: string) =>
    [...s].map((c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : c)).join('');
  return {
    before: visible(data.subarray(Math.max(0, at - CONTEXT_BYTES), at).toString('utf8')),
    after: visible(data.subarray(at, at + CONTEXT_BYTES).toString('utf8')),
  };
}

function describe(name: string, at: number, ours: Buffer, docx: Buffer): string {
  const a = around(ours, at);
  const b = around(docx, at);
  return [
    `${name} differs at byte ${at} (writer ${ours.length} bytes, docx ${docx.length} bytes):`,
    `  writer: …${a.before}⟦${a.after}…`,
    `  docx:   …${b.before}⟦${b.after}…`,
  ].join('\n');
}
