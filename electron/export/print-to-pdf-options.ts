import { pdfPageSetup } from '../../shared/export/pdf-page';
import type { PrintOptions } from './pdf-printer';

/** Electron's webContents.printToPDF options (the subset Harbor sets), without importing Electron. */
export interface PrintToPdfOptions {
  pageSize: 'Letter' | 'A4';
  margins: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: false;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: false;
  preferCSSPageSize: true;
  generateTaggedPDF: true;
  generateDocumentOutline: false;
}

/** The same pages as the Chromium printer (createChromiumPrinter): one pdfPageSetup for both. */
export function printToPdfOptions(options: PrintOptions): PrintToPdfOptions {
  const setup = pdfPageSetup(options.paper);
  const m = setup.marginInches;
  return {
    pageSize: setup.format,
    margins: { top: m, bottom: m, left: m, right: m },
    displayHeaderFooter: setup.displayHeaderFooter,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    printBackground: false,
    preferCSSPageSize: setup.preferCSSPageSize,
    generateTaggedPDF: true,
    generateDocumentOutline: false,
  };
}
