import type { Block, ExportDocument } from '../../shared/export/export-document';
import { exportDocx } from '../export/export-docx';

/*
 * `harbor export --format docx` spends most of the time after the unlock in code run for the first
 * time: the `docx` package, the Word scrubber, the zip writer, each compiled as it first runs. A
 * page of Harbor's own words (nothing of the person's: this runs before the vault is open) is
 * rendered, scrubbed and zipped once while the vault's key is derived, so that the real document
 * runs through code already compiled. The file it makes is thrown away.
 */

const WORDS = 'The quick brown fox jumps over the lazy dog, and the dog sleeps on. ';

/** What the warm-up renders: the kinds of text a story's export has, in Harbor's own words. */
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

/** Renders the warm-up page to a Word file in memory, and drops it. */
export async function warmUpDocx(): Promise<void> {
  await exportDocx(warmUpDocument());
}
