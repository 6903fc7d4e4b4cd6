import type { ErrorMessage } from '../error-text/error-catalog';
import { DOC_LIMITS } from './doc-limits';
import { MARK_TYPES, NODE_TYPES } from './doc-types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names are echoed back to the person; a hostile one must not turn the message into a wall. */
const shorten = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/**
 * Checks size, depth and that every node and mark type is one the story model knows, without
 * recursion (a document nested 100,000 deep must fail with a message, not a stack overflow).
 * Runs before the structural schema, which recurses, so that schema only ever sees bounded input.
 * Returns the message (a key of the story area) a person can read, or null when the document is
 * within bounds.
 */
export function docBoundsProblem(value: unknown): ErrorMessage | null {
  if (!isRecord(value) || value.type !== 'doc') return 'story.notAStoryDoc';
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > DOC_LIMITS.maxDepth) {
      return { key: 'story.nestedTooDeeply', params: { maxDepth: DOC_LIMITS.maxDepth } };
    }
    nodes += 1;
    if (!isRecord(node) || typeof node.type !== 'string') return 'story.partWithoutType';
    if (!(NODE_TYPES as readonly string[]).includes(node.type) || (node.type === 'doc' && depth > 1)) {
      return { key: 'story.unknownPart', params: { name: shorten(node.type) } };
    }
    if (typeof node.text === 'string') {
      chars += node.text.length;
      if (chars > DOC_LIMITS.maxTextChars) return 'story.tooLong';
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return 'story.formattingUnreadable';
      if (node.marks.length > DOC_LIMITS.maxMarksPerNode) return 'story.tooMuchFormatting';
      for (const mark of node.marks as unknown[]) {
        if (!isRecord(mark) || typeof mark.type !== 'string') return 'story.formattingUnreadable';
        if (!(MARK_TYPES as readonly string[]).includes(mark.type)) {
          return { key: 'story.unknownFormatting', params: { name: shorten(mark.type) } };
        }
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return 'story.contentUnreadable';
      // Counting what is queued as well keeps the stack itself bounded.
      if (nodes + stack.length + node.content.length > DOC_LIMITS.maxNodes) return 'story.tooManyParts';
      for (let i = node.content.length - 1; i >= 0; i--) stack.push({ node: node.content[i], depth: depth + 1 });
    }
  }
  return null;
}
