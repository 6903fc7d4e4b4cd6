import type { Node as PMNode } from '@tiptap/pm/model';
import { foldName } from '../../../shared/consent/identity';
import { findIdentifyingDetails, type IdentifyingFinding } from '../../../shared/consent/identifying-details';
import type { DocumentLanguage } from '../../../shared/consent/placeholders';

/** One suggestion from the identifying-detail check, with every place it occurs in the editor. */
export interface EditorFinding extends Omit<IdentifyingFinding, 'start' | 'end'> {
  /** Same kind and words (ignoring case and accents): "ignore" and "mark" act on all of them. */
  key: string;
  ranges: { from: number; to: number }[];
  /** A few words around the first occurrence, so the writer sees where it is. */
  context: string;
}

const CONTEXT = 30;

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Runs the finder over each paragraph of the live document and keeps what is not marked yet.
 * Private notes are skipped: they never leave Harbor. A text position maps to the document
 * position one past the paragraph's start, because every inline leaf (a line break) counts one.
 */
export function findUnmarkedDetails(
  doc: PMNode,
  lang: DocumentLanguage,
  ignored: ReadonlySet<string> = new Set(),
): EditorFinding[] {
  const byKey = new Map<string, EditorFinding>();
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
    for (const f of findIdentifyingDetails(text, lang)) {
      if (marked.some(([s, e]) => f.start < e && f.end > s)) continue;
      const key = `${f.kind}:${foldName(f.text)}`;
      if (ignored.has(key)) continue;
      const range = { from: pos + 1 + f.start, to: pos + 1 + f.end };
      const found = byKey.get(key);
      if (found) found.ranges.push(range);
      else byKey.set(key, { kind: f.kind, text: f.text, category: f.category, key, ranges: [range], context: snippet(text, f.start, f.end) });
    }
    return false;
  });
  return [...byKey.values()];
}
