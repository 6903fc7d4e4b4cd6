import type { ExportDocument } from '../../shared/export/export-document';
import { renderPrintHtml } from '../../shared/export/print-html';
import type { PrintOptions } from '../export/pdf-printer';

/**
 * A page of Harbor's own words (nothing of the person's) in the print layout: its headings,
 * numbered paragraphs, italics and bold in the print fonts. Printed once while the vault's key is
 * derived, so that Chromium has loaded those fonts and its PDF code before the real document
 * arrives; the PDF it makes is thrown away.
 */
export function warmUpPrint(): { html: string; options: PrintOptions } {
  const words = 'The quick brown fox jumps over the lazy dog, and the dog sleeps on. ';
  const doc: ExportDocument = {
    language: 'en',
    title: 'Harbor',
    byline: 'Harbor',
    numberedParagraphs: true,
    paper: 'letter',
    blocks: [
      { type: 'heading', level: 1, runs: [{ text: 'Part 1' }] },
      {
        type: 'paragraph',
        runs: [{ text: words.repeat(4) }, { text: words, italic: true }, { text: words, bold: true }],
      },
      { type: 'paragraph', runs: [{ text: words.repeat(6) }] },
    ],
  };
  return { html: renderPrintHtml(doc), options: { paper: 'letter', headerFooter: { language: 'en' } } };
}
