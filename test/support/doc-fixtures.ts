import type { BlockNode, InlineNode, StoryDoc, StoryMark } from '../../shared/story/doc-types';
import type { SensitiveCategory } from '../../shared/story/sensitive-categories';

export const text = (t: string, ...marks: StoryMark[]): InlineNode =>
  marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t };
export const sensitive = (category: SensitiveCategory, id: string): StoryMark => ({
  type: 'sensitive',
  attrs: { category, id },
});
export const bold: StoryMark = { type: 'bold' };
export const para = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
export const heading = (level: 1 | 2 | 3, t: string): BlockNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(t)],
});
export const note = (...paras: string[]): BlockNode => ({
  type: 'privateNote',
  content: paras.map((p) => ({ type: 'paragraph', content: [text(p)] })),
});
export const bullets = (...items: string[]): BlockNode => ({
  type: 'bulletList',
  content: items.map((i) => ({ type: 'listItem', content: [para(text(i))] })),
});
export const doc = (...content: BlockNode[]): StoryDoc => ({ type: 'doc', content });

/** Every node and mark type of the model at least once. */
export const fullDoc: StoryDoc = doc(
  heading(1, 'Title'),
  para(
    text('Plain '),
    text('bold', bold),
    text(' and '),
    text('Ana', sensitive('person', 'd1')),
    { type: 'hardBreak' },
    text('next line'),
  ),
  {
    type: 'orderedList',
    attrs: { start: 1, type: null },
    content: [{ type: 'listItem', content: [para(text('first'))] }],
  },
  bullets('a', 'b'),
  { type: 'blockquote', content: [para(text('quoted', { type: 'italic' }, { type: 'underline' }))] },
  note('only for me'),
);
