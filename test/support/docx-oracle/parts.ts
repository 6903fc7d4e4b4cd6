import { Packer, type Document } from 'docx';
import type { ZipEntry } from '../../../electron/export/zip';

/** What docx's Packer zips: each part of the package by its path. */
type Compiler = { compile(document: Document): Map<string, string | Uint8Array> };

/**
 * The package parts docx would zip, without zipping them, so they can be scrubbed and compared
 * like production's parts. They come from the compiler Packer.toBuffer zips (a private member of
 * docx, whose version package.json pins); docx-one-zip.test.ts holds them equal to what
 * Packer.toBuffer writes, so the reference is what docx really writes.
 */
export function docxParts(document: Document): ZipEntry[] {
  const compiler = (Packer as unknown as { compiler: Compiler }).compiler;
  return [...compiler.compile(document)].map(([name, data]) => ({
    name,
    data:
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  }));
}

/**
 * docx numbers drawings (wp:docPr id) from one counter for the whole process, so its second file
 * with a chart starts where the first left off, and the reference would depend on which tests ran
 * before. A fresh process (one `harbor export`) numbers them 1, 2, … in document order, as the
 * writer does for every file: the reference is renumbered so.
 */
export function numberDrawingsFromOne(parts: ZipEntry[]): ZipEntry[] {
  return parts.map((part) => {
    if (part.name !== 'word/document.xml') return part;
    let n = 0;
    const xml = part.data.toString('utf8').replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`);
    return { name: part.name, data: Buffer.from(xml, 'utf8') };
  });
}
