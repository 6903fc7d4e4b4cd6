import type { Block, ExportDocument } from '../../../../shared/export/export-document';

/** Released blocks as plain words (a checkbox's label), paragraphs joined by a space. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b): string => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return b.runs.map((r) => r.text).join('');
        case 'list':
          return b.items.map((item) => blocksText(item)).join(' ');
        case 'blockquote':
          return blocksText(b.blocks);
        case 'table':
          return [b.caption, ...b.rows.flat()].join(' ');
      }
    })
    .filter((t) => t.trim() !== '')
    .join(' ');
}

/** A quote as the report prints it (released blocks, then the credit in italics), for the preview view. */
export function quoteDocument(
  blocks: readonly Block[],
  credit: string,
  language: ExportDocument['language'],
): ExportDocument {
  return {
    language,
    title: null,
    byline: null,
    paper: 'letter',
    blocks: [
      { type: 'blockquote', blocks: [...blocks, { type: 'paragraph', runs: [{ text: credit, italic: true }] }] },
    ],
  };
}
