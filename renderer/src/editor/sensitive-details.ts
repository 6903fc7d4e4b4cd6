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

/**
 * Like shared/story's listSensitiveDetails, but over the live ProseMirror document and with
 * positions, which the panel needs to jump to, re-categorise and unmark a detail.
 * Walks the document once and gathers the sensitive marks by id, joining neighbouring text nodes
 * (a marked name that is half bold is two text nodes but one detail). Marks without an id (from
 * an older document) are keyed by position so each still appears once.
 */
export function findSensitiveDetails(doc: PMNode, type: MarkType): SensitiveDetail[] {
  const byId = new Map<string, SensitiveDetail>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = type.isInSet(node.marks);
    if (!mark) return false;
    const from = pos;
    const to = pos + node.nodeSize;
    const text = node.text ?? '';
    const id = typeof mark.attrs.id === 'string' && mark.attrs.id ? mark.attrs.id : `at-${from}`;
    const found = byId.get(id);
    if (!found) {
      byId.set(id, { id, category: asCategory(mark.attrs.category), text, segments: [{ from, to }] });
      return false;
    }
    const last = found.segments[found.segments.length - 1]!;
    if (last.to === from) {
      last.to = to;
      found.text += text;
    } else {
      found.segments.push({ from, to });
      found.text += ` ${text}`;
    }
    return false;
  });
  return [...byId.values()];
}
