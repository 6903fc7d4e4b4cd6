import type { ExportLanguage, Paper } from './export-document';
import { EXPORT_LABELS } from './export-labels';
import { escapeHtml } from './html-escape';
import { PAGE_MARGIN_INCHES, PAPER } from './paper';
import { SERIF_STACK } from './print-css';

/**
 * Page setup shared by every PDF printer (Chromium through playwright-core in tests and the CLI,
 * webContents.printToPDF in the app), so both give the same pages.
 */
export interface PdfPageSetup {
  format: 'Letter' | 'A4';
  marginInches: number;
  /** Chromium draws this in the bottom margin; its pageNumber/totalPages spans are filled in per page. */
  footerTemplate: string;
  /**
   * Must not be empty: with displayHeaderFooter on, an empty header template makes Chromium print
   * its default header, the date and the title, and the date would say when the survivor exported.
   */
  headerTemplate: string;
}

export function pdfPageSetup(paper: Paper, language: ExportLanguage): PdfPageSetup {
  const label = EXPORT_LABELS[language];
  const style = `font-family: ${SERIF_STACK.replace(/"/g, "'")}; font-size: 9pt; width: 100%; text-align: center; color: #000;`;
  return {
    format: PAPER[paper].pdfFormat,
    marginInches: PAGE_MARGIN_INCHES,
    footerTemplate: `<div style="${style}">${escapeHtml(label.page)} <span class="pageNumber"></span> ${escapeHtml(label.of)} <span class="totalPages"></span></div>`,
    headerTemplate: '<span></span>',
  };
}
