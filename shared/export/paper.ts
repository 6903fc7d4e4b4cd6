import type { Paper } from './export-document';

/**
 * One set of page facts for both formats, so the preview, the PDF and the Word file break pages
 * alike. One-inch margins are what US and UK committees' own templates use.
 */
export interface PaperSpec {
  /**
   * CSS @page size, exact: Chromium's own "A4" is 8.27 × 11.7 in (595.92 × 842.88 pt), not ISO 216's
   * 210 × 297 mm (595.28 × 841.89 pt); printed with preferCSSPageSize, this size wins.
   */
  css: string;
  /** Chromium's page.pdf / printToPDF format name. */
  pdfFormat: 'Letter' | 'A4';
  widthInches: number;
  heightInches: number;
  /** Word page size in twentieths of a point. */
  twips: { width: number; height: number };
}

export const PAPER: Record<Paper, PaperSpec> = {
  letter: {
    css: '8.5in 11in',
    pdfFormat: 'Letter',
    widthInches: 8.5,
    heightInches: 11,
    twips: { width: 12240, height: 15840 },
  },
  a4: {
    css: '210mm 297mm',
    pdfFormat: 'A4',
    widthInches: 210 / 25.4,
    heightInches: 297 / 25.4,
    twips: { width: 11906, height: 16838 },
  },
};

export const PAGE_MARGIN_INCHES = 1;
/**
 * One line height for both formats, so a story takes as many pages in the PDF as in Word: 1.15,
 * Word's own default "Multiple 1.15" (276 of 240 twentieths in the DOCX).
 */
export const LINE_HEIGHT = 1.15;
export const TWIPS_PER_INCH = 1440;
