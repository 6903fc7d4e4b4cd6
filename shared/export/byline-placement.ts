import type { Block, ExportDocument } from './export-document';

/**
 * Where the byline goes: under the title; with no title, under the story's own first heading (its
 * title in all but name), never floating above it. `lead` is printed before the byline, `rest` after.
 */
export function bylinePlacement(doc: Pick<ExportDocument, 'title' | 'byline' | 'blocks'>): {
  lead: Block[];
  rest: Block[];
} {
  const first = doc.blocks[0];
  const underHeading = !doc.title && doc.byline && first?.type === 'heading' && first.timeMark !== true;
  return underHeading ? { lead: [first], rest: doc.blocks.slice(1) } : { lead: [], rest: doc.blocks };
}
