import { DOC_LIMITS } from './doc-limits';
import type { LooseNode } from './doc-types';
import { isSensitiveCategory, type SensitiveCategory } from './sensitive-categories';

export interface SensitiveDetail {
  id: string;
  category: SensitiveCategory;
  /** The marked words; parts of one detail in different places are joined with a space. */
  text: string;
}

const asNode = (v: unknown): LooseNode | null => (typeof v === 'object' && v !== null ? (v as LooseNode) : null);

/** The sensitive mark on a text node (its detail id and category), or null; a mark without an id counts as none. */
export function sensitiveMark(node: LooseNode): { id: string; category: SensitiveCategory } | null {
  for (const m of node.marks ?? []) {
    const mark = asNode(m);
    if (mark?.type !== 'sensitive') continue;
    const attrs = (mark.attrs ?? {}) as { id?: unknown; category?: unknown };
    if (typeof attrs.id !== 'string' || attrs.id === '') continue;
    return { id: attrs.id, category: isSensitiveCategory(attrs.category) ? attrs.category : 'other' };
  }
  return null;
}

/** Whether any of these nodes, or any node inside them at any depth, carries a sensitive mark. */
export function anySensitiveMark(nodes: readonly unknown[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = asNode(stack.pop());
    if (!node) continue;
    if (sensitiveMark(node)) return true;
    if (Array.isArray(node.content)) stack.push(...(node.content as unknown[]));
  }
  return false;
}

/**
 * Every marked detail once, in document order (private notes included: they are still the
 * writer's words), the way the details panel and the consent screen list them. Neighbouring text
 * nodes of one detail (a name half in bold) join without a space.
 */
export function listSensitiveDetails(doc: LooseNode): SensitiveDetail[] {
  const byId = new Map<string, SensitiveDetail>();
  let previousId: string | null = null;

  const walk = (node: LooseNode, depth: number): void => {
    if (depth > DOC_LIMITS.maxDepth) return;
    if (node.type === 'text' && typeof node.text === 'string') {
      const mark = sensitiveMark(node);
      if (mark) {
        const found = byId.get(mark.id);
        if (!found) byId.set(mark.id, { ...mark, text: node.text });
        else found.text += previousId === mark.id ? node.text : ` ${node.text}`;
      }
      previousId = mark?.id ?? null;
      return;
    }
    // Anything else (a line break, a block boundary) separates two parts of one detail.
    previousId = null;
    for (const child of node.content ?? []) {
      const c = asNode(child);
      if (c) walk(c, depth + 1);
    }
    previousId = null;
  };

  walk(doc, 1);
  return [...byId.values()];
}
