import type { Paper } from './export-document';

/**
 * One set of page facts for both formats, so the preview, the PDF and the Word file break pages
 * alike. One-inch margins are what US and UK committees' own templates use.
 */
export interface PaperSpec {
  /** CSS @page size keyword. */
  css: 'letter' | 'A4';
  /** Chromium's page.pdf / printToPDF format name. */
  pdfFormat: 'Letter' | 'A4';
  widthInches: number;
  heightInches: number;
  /** Word page size in twentieths of a point. */
  twips: { width: number; height: number };
}

export const PAPER: Record<Paper, PaperSpec> = {
  letter: {
    css: 'letter',
    pdfFormat: 'Letter',
    widthInches: 8.5,
    heightInches: 11,
    twips: { width: 12240, height: 15840 },
  },
  a4: { css: 'A4', pdfFormat: 'A4', widthInches: 8.27, heightInches: 11.69, twips: { width: 11906, height: 16838 } },
};

export const PAGE_MARGIN_INCHES = 1;
export const TWIPS_PER_INCH = 1440;
