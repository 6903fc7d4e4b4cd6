import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/export-file';
import type { Block, ExportDocument } from '../../../shared/export/export-document';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { docxParts, joinedText } from '../../support/docx-inspect';

const heading: Block = { type: 'heading', level: 1, runs: [{ text: 'The night I left' }] };
const body: Block = { type: 'paragraph', runs: [{ text: 'It was raining.' }] };

const story = (title: string | null, blocks: Block[]): ExportDocument => ({
  language: 'en',
  title,
  byline: 'M. R.',
  blocks,
  paper: 'letter',
});

/** The order the person reads these strings in, in each format. */
async function orders(doc: ExportDocument, strings: string[]) {
  const html = renderPrintHtml(doc);
  const docx = joinedText(docxParts(await exportDocx(doc)).get('word/document.xml')!);
  return [html, docx].map((text) => strings.map((s) => text.indexOf(s)));
}

const ascending = (at: number[]) => at.every((n, i) => n >= 0 && (i === 0 || n > at[i - 1]!));

describe('the byline of a plain story', () => {
  it('goes under the title, above the story’s own first heading', async () => {
    for (const at of await orders(story('My story', [heading, body]), [
      'My story',
      'M. R.',
      'The night I left',
      'It was raining.',
    ]))
      expect(ascending(at), String(at)).toBe(true);
  });

  it('with no title, goes under the story’s first heading, never floating above it', async () => {
    for (const at of await orders(story(null, [heading, body]), ['The night I left', 'M. R.', 'It was raining.']))
      expect(ascending(at), String(at)).toBe(true);
    // The heading keeps its own level, printed once.
    const html = renderPrintHtml(story(null, [heading, body]));
    expect(html.match(/The night I left/g)).toHaveLength(1);
    expect(html).toMatch(/<h2[^>]*>The night I left<\/h2>\s*<p class="byline">M\. R\.<\/p>/);
  });

  it('with neither title nor heading, opens the document', async () => {
    for (const at of await orders(story(null, [body]), ['M. R.', 'It was raining.']))
      expect(ascending(at), String(at)).toBe(true);
  });
});
