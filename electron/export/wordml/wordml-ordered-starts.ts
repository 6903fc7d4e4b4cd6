import type { Block } from '../../../shared/export/export-document';

/** Every ordered list's start, so the numbering definitions can be declared up front. */
export function orderedStarts(blocks: readonly Block[], into = new Set<number>()): Set<number> {
  for (const b of blocks) {
    if (b.type === 'list') {
      if (b.ordered) into.add(b.start ?? 1);
      b.items.forEach((item) => orderedStarts(item, into));
    } else if (b.type === 'blockquote') orderedStarts(b.blocks, into);
  }
  return into;
}
