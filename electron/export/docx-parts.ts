import { Packer, type Document } from 'docx';
import type { ZipEntry } from './zip';

/** What docx's Packer zips: each part of the package by its path. */
type Compiler = { compile(document: Document): Map<string, string | Uint8Array> };

/**
 * The package parts docx would zip, without zipping them: exportDocx scrubs them and zips once.
 * Zipping twice (docx's own deflate, then the scrubber's unzip and re-zip) was most of a DOCX
 * export in a command that runs once. The parts come from the compiler Packer.toBuffer zips (a
 * private member of docx, whose version package.json pins); docx-one-zip.test.ts holds them equal
 * to what Packer.toBuffer writes, and the export to the bytes of scrubbing that zip.
 */
export function docxParts(document: Document): ZipEntry[] {
  const compiler = (Packer as unknown as { compiler: Compiler }).compiler;
  return [...compiler.compile(document)].map(([name, data]) => ({
    name,
    data:
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  }));
}
