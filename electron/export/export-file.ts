import type { ExportDocument } from '../../shared/export/export-document';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { renderPrintHtml } from '../../shared/export/print-html';
import { chartPictures } from './chart-png';
import type { PdfPrinter } from './pdf-printer';
import { renderDocxParts } from './render-docx';
import { renderPdf } from './render-pdf';
import { scrubDocxParts } from './scrub-docx';

/*
 * Kept apart from index.ts, which also offers the Chromium printer of tests and the command line:
 * the app's main process imports this file and prints through its own window instead.
 */

/** The Word file for an (already consent-transformed) export document, charts as pictures, scrubbed, zipped once. */
export async function exportDocx(input: ExportDocument): Promise<Buffer> {
  const doc = normalizeExportDocument(input);
  return scrubDocxParts(renderDocxParts(doc, await chartPictures(doc.blocks)), { title: doc.title });
}

/** The PDF for an export document, printed from the same HTML as the preview, scrubbed. */
export async function exportPdf(input: ExportDocument, printer: PdfPrinter): Promise<Buffer> {
  const doc = normalizeExportDocument(input);
  const html = renderPrintHtml(doc);
  return renderPdf(html, { paper: doc.paper, language: doc.language, title: doc.title }, printer);
}
