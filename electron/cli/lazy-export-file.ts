import type { ExportDocument } from '../../shared/export/export-document';
import type { PdfPrinter } from '../export/pdf-printer';

/*
 * electron/export/export-file.ts as the command line builds it (electron/cli/vite.config.ts puts
 * this file in its place): the same two functions, each loading only its own renderer when first
 * called. `harbor export --format docx` never loads the PDF code (the print HTML, the PDF scrubber)
 * and a PDF export never loads `docx` and the Word scrubber, the largest package an export uses.
 */

export async function exportDocx(input: ExportDocument): Promise<Buffer> {
  return (await import('../export/export-docx')).exportDocx(input);
}

export async function exportPdf(input: ExportDocument, printer: PdfPrinter): Promise<Buffer> {
  return (await import('../export/export-pdf')).exportPdf(input, printer);
}
