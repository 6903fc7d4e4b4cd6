import type { Block, ExportDocument } from '../../shared/export/export-document';
import { renderPrintHtml } from '../../shared/export/print-html';
import type { PrintOptions } from '../export/pdf-printer';

const WORDS = 'The quick brown fox jumps over the lazy dog, and the dog sleeps on. ';

/** A page of Harbor's own words (nothing of the person's) with the kinds of text a story's export has. */
export function warmUpDocument(): ExportDocument {
  const paragraph = (n: number): Block => ({
    type: 'paragraph',
    runs: [{ text: WORDS.repeat(n) }, { text: WORDS, italic: true }, { text: WORDS, bold: true }, { text: WORDS }],
  });
  return {
    language: 'en',
    title: 'Harbor',
    byline: 'Harbor',
    numberedParagraphs: true,
    paper: 'letter',
    blocks: [
      { type: 'heading', level: 1, runs: [{ text: 'Part 1' }] },
      ...[3, 5, 2, 4].map(paragraph),
      { type: 'list', ordered: false, items: [[paragraph(1)], [paragraph(1)]] },
      { type: 'blockquote', blocks: [paragraph(2)] },
      { type: 'heading', level: 2, runs: [{ text: 'Part 2' }] },
      ...[4, 3].map(paragraph),
    ],
  };
}

/**
 * The warm-up page in the print layout: printed once while the vault's key is derived, so that
 * Chromium has loaded the print fonts and its PDF code before the real document arrives.
 */
export function warmUpPrint(): { html: string; options: PrintOptions } {
  return { html: renderPrintHtml(warmUpDocument()), options: { paper: 'letter', headerFooter: { language: 'en' } } };
}
