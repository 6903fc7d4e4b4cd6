import type { Paper } from './export-document';
import { PAGE_MARGIN_INCHES, PAPER } from './paper';

/**
 * Page setup shared by every PDF printer (Chromium over its DevTools pipe in tests and the CLI,
 * webContents.printToPDF in the app), so both give the same pages.
 */
export interface PdfPageSetup {
  format: 'Letter' | 'A4';
  /** The print CSS's exact @page size wins over `format` (Chromium's A4 is not ISO A4). */
  preferCSSPageSize: true;
  marginInches: number;
  /**
   * Off: page numbers and the running header are the print CSS's @page margin boxes
   * (running-header.ts), which can leave the first page's header out; Chromium's own header and
   * footer cannot, and laying out its (empty) templates on every page made a 22-page print about
   * a third slower for the same bytes.
   */
  displayHeaderFooter: false;
  /** An empty span, never '': should the flag above ever be on, '' makes Chromium print its default footer. */
  footerTemplate: string;
  /**
   * Never '': should the flag above ever be on, an empty header template makes Chromium print its
   * default header, the date and the title, and the date would say when the survivor exported.
   */
  headerTemplate: string;
}

/** The page label ("Page 2 of 5", "Página 2 de 5") is in the print HTML, in the document's language. */
export function pdfPageSetup(paper: Paper): PdfPageSetup {
  return {
    format: PAPER[paper].pdfFormat,
    preferCSSPageSize: true,
    marginInches: PAGE_MARGIN_INCHES,
    displayHeaderFooter: false,
    footerTemplate: '<span></span>',
    headerTemplate: '<span></span>',
  };
}
