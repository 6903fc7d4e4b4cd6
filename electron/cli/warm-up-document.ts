import type { Block, ExportDocument } from '../../shared/export/export-document';

/*
 * What `harbor export` renders while the vault's key is derived, to get the renderer's code
 * compiled (DOCX) or Chromium's fonts and PDF code loaded (PDF) before the person's document
 * arrives: Harbor's own words only (the vault is not open yet), with the kinds of text a story's
 * export has. Whatever it makes is thrown away.
 */

const WORDS = 'The quick brown fox jumps over the lazy dog, and the dog sleeps on. ';

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
