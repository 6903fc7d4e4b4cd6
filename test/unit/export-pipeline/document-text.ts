import type { Block, ExportDocument } from '../../../shared/export/export-document';
import { tableTexts } from '../../../shared/export/table-block';

const blockText = (b: Block): string[] => {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return [b.runs.map((r) => r.text).join('')];
    case 'list':
      return b.items.flatMap((item) => item.flatMap(blockText));
    case 'blockquote':
      return b.blocks.flatMap(blockText);
    case 'table':
      return tableTexts(b);
  }
};

/** What a reader sees: a placeholder's no-break spaces (kept on one line) read as spaces. */
export const asRead = (s: string) => s.replace(/\u00A0/g, ' ');

/** Every line of text an export document prints, in reading order, as read. */
export function documentLines(doc: ExportDocument): string[] {
  return [
    ...(doc.headingBlock ?? []),
    ...(doc.title ? [doc.title] : []),
    ...(doc.byline ? [doc.byline] : []),
    ...(doc.coverNote ? [doc.coverNote] : []),
    ...(doc.salutation ? [doc.salutation] : []),
    ...doc.blocks.flatMap(blockText),
    ...(doc.signature ?? []),
  ].map(asRead);
}

/** Text with all whitespace removed: line wrapping and run boundaries differ between formats, characters must not. */
export const squeezed = (s: string) => s.replace(/\s+/g, '');
