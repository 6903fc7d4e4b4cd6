import type { ExportDocument } from '../../shared/export/export-document';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { renderPrintHtml } from '../../shared/export/print-html';
import type { PdfPrinter } from './pdf-printer';
import { renderPdf } from './render-pdf';

/*
 * The PDF on its own, apart from the Word file (export-docx.ts): the command line loads only the
 * renderer its format needs (electron/cli/lazy-export-file.ts).
 */

/** The PDF for an export document, printed from the same HTML as the preview, scrubbed. */
export async function exportPdf(input: ExportDocument, printer: PdfPrinter): Promise<Buffer> {
  const doc = normalizeExportDocument(input);
  const html = renderPrintHtml(doc);
  return renderPdf(html, { paper: doc.paper, language: doc.language, title: doc.title }, printer);
}
