import { DOC_LIMITS } from './doc-limits';
import { MARK_TYPES, NODE_TYPES } from './doc-types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names are echoed back to the person; a hostile one must not turn the message into a wall. */
const quote = (name: string) => `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"`;

const KEPT = 'Harbor keeps paragraphs, headings, lists, quotes, line breaks and private notes.';
const KEPT_MARKS = 'Harbor keeps bold, italic, underline and marked sensitive details.';

/**
 * Checks size, depth and that every node and mark type is one the story model knows, without
 * recursion (a document nested 100,000 deep must fail with a message, not a stack overflow).
 * Runs before the structural schema, which recurses, so that schema only ever sees bounded input.
 * Returns a message a person can read, or null when the document is within bounds.
 */
export function docBoundsProblem(value: unknown): string | null {
  if (!isRecord(value) || value.type !== 'doc') return "This isn't a Harbor story document.";
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > DOC_LIMITS.maxDepth) {
      return `This story is nested more deeply than Harbor allows (more than ${DOC_LIMITS.maxDepth} levels).`;
    }
    nodes += 1;
    if (!isRecord(node) || typeof node.type !== 'string')
      return 'Part of this story has no type, so Harbor cannot keep it.';
    if (!(NODE_TYPES as readonly string[]).includes(node.type) || (node.type === 'doc' && depth > 1)) {
      return `This story has a part Harbor doesn't know: ${quote(node.type)}. ${KEPT}`;
    }
    if (typeof node.text === 'string') {
      chars += node.text.length;
      if (chars > DOC_LIMITS.maxTextChars) return 'This story is longer than Harbor can keep in one piece.';
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return 'Part of this story has formatting Harbor cannot read.';
      if (node.marks.length > DOC_LIMITS.maxMarksPerNode)
        return 'Part of this story has more formatting than Harbor allows.';
      for (const mark of node.marks as unknown[]) {
        if (!isRecord(mark) || typeof mark.type !== 'string')
          return 'Part of this story has formatting Harbor cannot read.';
        if (!(MARK_TYPES as readonly string[]).includes(mark.type)) {
          return `This story has formatting Harbor doesn't know: ${quote(mark.type)}. ${KEPT_MARKS}`;
        }
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return 'Part of this story has content Harbor cannot read.';
      // Counting what is queued as well keeps the stack itself bounded.
      if (nodes + stack.length + node.content.length > DOC_LIMITS.maxNodes) {
        return 'This story has more parts than Harbor can keep in one piece.';
      }
      for (let i = node.content.length - 1; i >= 0; i--) stack.push({ node: node.content[i], depth: depth + 1 });
    }
  }
  return null;
}
