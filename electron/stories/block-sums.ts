import { countWords } from '../../shared/story/word-count';
import { docToPlainText } from '../../shared/story/plain-text';
import type { BlockNode, StoryDoc } from '../../shared/story/doc-types';

export interface BlockSums {
  /** The block and every node inside it. */
  nodes: number;
  /** Characters of text, as the document's bounds count them. */
  chars: number;
  /** Words read out, as the story's word count counts them. */
  words: number;
}

const sumsByBlock = new WeakMap<object, BlockSums>();

function walk(block: BlockNode): { nodes: number; chars: number } {
  let nodes = 0;
  let chars = 0;
  const stack: unknown[] = [block];
  while (stack.length > 0) {
    const node = stack.pop() as { text?: unknown; content?: unknown };
    nodes += 1;
    if (typeof node.text === 'string') chars += node.text.length;
    if (Array.isArray(node.content)) stack.push(...(node.content as unknown[]));
  }
  return { nodes, chars };
}

/**
 * A stored block's sizes, remembered per block object: the story service keeps every unchanged
 * block of a story as the same object from one save to the next (frozen, see freezeBlocks), so a
 * save of one changed paragraph counts that paragraph, not the whole book again.
 */
function sumsOf(block: BlockNode): BlockSums {
  let sums = sumsByBlock.get(block);
  if (!sums) {
    // Top-level blocks are separated by a blank line in the plain text: their counts add up.
    sums = { ...walk(block), words: countWords(docToPlainText({ type: 'doc', content: [block] })) };
    sumsByBlock.set(block, sums);
  }
  return sums;
}

/** `total` with each block's sums added (`sign` 1) or taken away (`sign` -1). */
function addBlocks(total: BlockSums, blocks: readonly BlockNode[], sign: 1 | -1): BlockSums {
  for (const block of blocks) {
    const sums = sumsOf(block);
    total.nodes += sign * sums.nodes;
    total.chars += sign * sums.chars;
    total.words += sign * sums.words;
  }
  return total;
}

/** The document's nodes (itself included), characters of text and words, block by block. */
export function docSums(doc: StoryDoc): BlockSums {
  return addBlocks({ nodes: 1, chars: 0, words: 0 }, doc.content ?? [], 1);
}

/**
 * The sums of a document after a block patch, from the sums before it: only the blocks the patch
 * removed and inserted are counted, so an autosave of one paragraph does not visit every block.
 */
export function patchSums(before: BlockSums, removed: readonly BlockNode[], inserted: readonly BlockNode[]): BlockSums {
  return addBlocks(addBlocks({ ...before }, removed, -1), inserted, 1);
}

/**
 * Freezes blocks the service keeps between saves, so that what it remembers (their sizes, and the
 * story itself) cannot drift from what it holds: no caller can change a kept block in place.
 * Already frozen blocks (unchanged since the last save) are passed over without a walk.
 */
export function freezeBlocks(doc: StoryDoc): void {
  const stack: unknown[] = [...(doc.content ?? [])];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    Object.freeze(node);
    for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
}
