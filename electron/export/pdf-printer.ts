import type { ExportLanguage, Paper } from '../../shared/export/export-document';

export interface PrintOptions {
  paper: Paper;
  /** The footer's page label ("Page N of M" / "Página N de M") follows the document's language. */
  headerFooter: { language: ExportLanguage };
}

/**
 * Turns print HTML into PDF bytes. The app passes one over webContents.printToPDF; tests and the
 * CLI use createChromiumPrinter (the same engine). Either way, the result goes through scrubPdf.
 */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Buffer>;
}
