import type { BlockNode, InlineNode, ListItemNode } from '../core/story-doc';
import { countWords } from '../story/word-count';

/**
 * A section's blocks cut to the whole sentences fitScript kept: the same sentence rule, from the
 * start, until the next sentence would pass the words it kept. It works on the nodes, not on plain
 * text, so a marked detail in a quoted story keeps its mark and the consent still withholds it.
 */

// A sentence ends at . ! ? … (and a closing quote or bracket after it) before a space, as fitScript reads it.
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+/gu;

interface Budget {
  left: number;
  /** A sentence did not fit: nothing after it is kept, so what is said still reads in order. */
  done: boolean;
  /** A shared quote's credit line: not the speaker's words, and it stays with any part of its quote kept. */
  credits: ReadonlySet<BlockNode>;
}

const inlineText = (content: readonly InlineNode[]) => content.map((n) => (n.type === 'text' ? n.text : '\n')).join('');

/** The inline nodes between two offsets of their text, marks kept (a hard break counts one). */
function sliceInline(content: readonly InlineNode[], from: number, to: number): InlineNode[] {
  const out: InlineNode[] = [];
  let at = 0;
  for (const node of content) {
    const length = node.type === 'text' ? node.text.length : 1;
    const start = Math.max(from, at);
    const end = Math.min(to, at + length);
    if (end > start) out.push(node.type === 'text' ? { ...node, text: node.text.slice(start - at, end - at) } : node);
    at += length;
  }
  return out;
}

/** How much of a text block's inline content fits: the end offset of the last whole sentence kept. */
function keptEnd(text: string, budget: Budget): number {
  let start = 0;
  let kept = 0;
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => ({ end: m.index, next: m.index + m[0].length }));
  ends.push({ end: text.length, next: text.length });
  for (const { end, next } of ends) {
    const words = countWords(text.slice(start, end));
    if (words > budget.left) {
      budget.done = true;
      break;
    }
    budget.left -= words;
    kept = end;
    start = next;
  }
  return kept;
}

function fitBlock(node: BlockNode, budget: Budget): BlockNode | null {
  if (budget.done) return null;
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const content = node.content ?? [];
      const end = keptEnd(inlineText(content), budget);
      const kept = sliceInline(content, 0, end);
      return kept.length > 0 ? { ...node, content: kept } : null;
    }
    case 'blockquote': {
      const all = node.content ?? [];
      const credit = all.at(-1);
      const credited = credit !== undefined && budget.credits.has(credit);
      const content = fitBlocks(credited ? all.slice(0, -1) : all, budget);
      if (content.length === 0) return null;
      return { ...node, content: credited ? [...content, credit] : content };
    }
    case 'bulletList':
    case 'orderedList': {
      const items: ListItemNode[] = [];
      for (const item of node.content ?? []) {
        const content = fitBlocks(item.content ?? [], budget);
        if (content.length > 0) items.push({ ...item, content });
        if (budget.done) break;
      }
      return items.length > 0 ? { ...node, content: items } : null;
    }
    // Never read out and never exported: it takes no time.
    case 'privateNote':
      return null;
  }
}

function fitBlocks(nodes: readonly BlockNode[], budget: Budget): BlockNode[] {
  const out: BlockNode[] = [];
  for (const node of nodes) {
    const kept = fitBlock(node, budget);
    if (kept) out.push(kept);
    if (budget.done) break;
  }
  return out;
}

/**
 * The blocks as far as `words` allow, whole sentences from the start (fitScript's words for the
 * section). `credits`: the credit lines closing shared quotes, kept with whatever of their quote is.
 */
export function fitSectionNodes(
  nodes: readonly BlockNode[],
  words: number,
  credits: ReadonlySet<BlockNode> = new Set(),
): BlockNode[] {
  return fitBlocks(nodes, { left: words, done: false, credits });
}
