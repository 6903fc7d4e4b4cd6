import type { ExportLanguage, Paper } from '../../shared/export/export-document';
import type { PdfPrinter } from './pdf-printer';
import { scrubPdf } from './scrub-pdf';

export interface RenderPdfOptions {
  paper: Paper;
  language: ExportLanguage;
  /** The approved title (the Info dictionary's only free text), or null. */
  title: string | null;
}

/** Prints the HTML and scrubs the result: no printer's bytes ever leave unscrubbed. */
export async function renderPdf(html: string, options: RenderPdfOptions, printer: PdfPrinter): Promise<Buffer> {
  const printed = await printer.print(html, { paper: options.paper, headerFooter: { language: options.language } });
  return scrubPdf(printed, { title: options.title, paper: options.paper });
}
