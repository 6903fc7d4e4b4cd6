import type { ExportDocument } from '../../shared/export/export-document';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { chartPictures } from './chart-png';
import { wordmlParts } from './wordml/wordml-package';
import { scrubDocxParts } from './scrub-docx';

/*
 * The Word file on its own, apart from the PDF (export-pdf.ts): the command line loads only the
 * renderer its format needs (electron/cli/lazy-export-file.ts).
 */

/** The Word file for an (already consent-transformed) export document, charts as pictures, scrubbed, zipped once. */
export async function exportDocx(input: ExportDocument): Promise<Buffer> {
  const doc = normalizeExportDocument(input);
  return scrubDocxParts(wordmlParts(doc, await chartPictures(doc.blocks)), { title: doc.title });
}
