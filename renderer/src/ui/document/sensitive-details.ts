import type { MarkType, Node as PMNode } from '@tiptap/pm/model';
import { isSensitiveCategory, type SensitiveCategory } from './sensitive-categories';

export interface SensitiveSegment {
  from: number;
  to: number;
}

/** One sensitive detail as the editor holds it: its words and where they are (for jump, re-mark, unmark). */
export interface SensitiveDetail {
  id: string;
  category: SensitiveCategory;
  text: string;
  /** In document order; a detail marked across two paragraphs has two segments. */
  segments: SensitiveSegment[];
}

const asCategory = (v: unknown): SensitiveCategory => (isSensitiveCategory(v) ? v : 'other');

/** A marked text node, with its position relative to the start of its top-level block's content. */
interface MarkedText {
  id: string | null;
  category: SensitiveCategory;
  text: string;
  from: number;
  to: number;
}

const markedByBlock = new WeakMap<PMNode, { type: MarkType; found: MarkedText[] }>();

/** The marked text nodes of one top-level block, remembered: ProseMirror shares unchanged blocks. */
function markedTextIn(block: PMNode, type: MarkType): MarkedText[] {
  const cached = markedByBlock.get(block);
  if (cached?.type === type) return cached.found;
  const found: MarkedText[] = [];
  block.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = type.isInSet(node.marks);
    if (!mark) return false;
    const id = typeof mark.attrs.id === 'string' && mark.attrs.id ? mark.attrs.id : null;
    found.push({
      id,
      category: asCategory(mark.attrs.category),
      text: node.text ?? '',
      from: pos,
      to: pos + node.nodeSize,
    });
    return false;
  });
  markedByBlock.set(block, { type, found });
  return found;
}

/**
 * Like shared/story's listSensitiveDetails, but over the live ProseMirror document and with
 * positions, which the panel needs to jump to, re-categorise and unmark a detail.
 * Gathers the sensitive marks by id, joining neighbouring text nodes (a marked name that is half
 * bold is two text nodes but one detail). Marks without an id (from an older document) are keyed
 * by position so each still appears once. It runs on every keystroke, so each top-level block is
 * walked only when it changed.
 */
export function findSensitiveDetails(doc: PMNode, type: MarkType): SensitiveDetail[] {
  const byId = new Map<string, SensitiveDetail>();
  doc.forEach((block, offset) => {
    // Positions inside a block count from just after its opening token.
    const start = offset + 1;
    for (const marked of markedTextIn(block, type)) {
      const from = start + marked.from;
      const to = start + marked.to;
      const id = marked.id ?? `at-${from}`;
      const found = byId.get(id);
      if (!found) {
        byId.set(id, { id, category: marked.category, text: marked.text, segments: [{ from, to }] });
        continue;
      }
      const last = found.segments[found.segments.length - 1]!;
      if (last.to === from) {
        last.to = to;
        found.text += marked.text;
      } else {
        found.segments.push({ from, to });
        found.text += ` ${marked.text}`;
      }
    }
  });
  return [...byId.values()];
}
