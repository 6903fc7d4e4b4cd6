import type { Node as PMNode } from '@tiptap/pm/model';
import { contextAround } from '../../../../shared/consent/finding-context';
import type { IdentifyingFinding } from '../../../../shared/consent/identifying-details';
import type { DocumentLanguage } from '../../../../shared/consent/placeholders';
import { unmarkedHits, type CheckBlock, type HandledByGate } from '../../../../shared/consent/unmarked-check';

/** One suggestion from the identifying-detail check, with every place it occurs in the editor. */
export interface EditorFinding extends Omit<IdentifyingFinding, 'start' | 'end'> {
  /** The words folded (case, accents): "fine to share" and "mark" act on every occurrence. */
  key: string;
  ranges: { from: number; to: number }[];
  /** A few words around the first occurrence, so the writer sees where it is. */
  context: string;
}

/**
 * The shared gate (unmarked-check.ts) over each text block of the live document, with where each
 * occurrence is. Private notes are skipped: they never leave Harbor. A text position maps to the
 * document position one past the block's start, because every inline leaf (a line break) counts one.
 * What the release gate handles (`handled`: the register, the author's name) is not asked about.
 */
export function findUnmarkedDetails(
  doc: PMNode,
  lang: DocumentLanguage,
  cleared: ReadonlySet<string> = new Set(),
  handled: HandledByGate = {},
): EditorFinding[] {
  const blocks: CheckBlock[] = [];
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'privateNote') return false;
    if (!node.isTextblock) return true;
    let text = '';
    const marked: [number, number][] = [];
    node.forEach((child) => {
      const start = text.length;
      text += child.isText ? (child.text ?? '') : '\n';
      if (child.marks.some((m) => m.type.name === 'sensitive')) marked.push([start, text.length]);
    });
    blocks.push({ text, marked });
    starts.push(pos + 1);
    return false;
  });
  const byKey = new Map<string, EditorFinding>();
  for (const hit of unmarkedHits(blocks, lang, cleared, handled)) {
    const range = { from: starts[hit.block]! + hit.start, to: starts[hit.block]! + hit.end };
    const found = byKey.get(hit.key);
    if (found) found.ranges.push(range);
    else
      byKey.set(hit.key, {
        kind: hit.kind,
        text: hit.text,
        category: hit.category,
        key: hit.key,
        ranges: [range],
        context: contextAround(blocks[hit.block]!.text, hit.start, hit.end),
      });
  }
  return [...byKey.values()];
}
