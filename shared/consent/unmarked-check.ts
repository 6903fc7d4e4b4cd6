import { clearedKey } from './cleared';
import { contextAround } from './finding-context';
import { findIdentifyingDetails, type IdentifyingFinding } from './identifying-details';
import type { DocumentLanguage } from './placeholders';
import type { PMNode } from './transform';

/*
 * The identifying-detail check as a gate: before an export, every candidate the finder sees that
 * is neither marked nor cleared ("this is fine to share", remembered with the story) must be
 * decided. The app and `harbor export` ask this one module, so both refuse the same things.
 */

/** One block of text (a line break counts one character) and the ranges in it marked sensitive. */
export interface CheckBlock {
  text: string;
  marked: readonly (readonly [number, number])[];
}

/** Each paragraph and heading of stored TipTap JSON; private notes never leave, so never count. */
export function checkBlocks(nodes: readonly PMNode[], out: CheckBlock[] = []): CheckBlock[] {
  for (const node of nodes) {
    if (node.type === 'privateNote') continue;
    const children = node.content ?? [];
    if (node.type === 'paragraph' || node.type === 'heading' || children.some((c) => c.type === 'text')) {
      let text = '';
      const marked: [number, number][] = [];
      for (const child of children) {
        const start = text.length;
        text += child.type === 'text' ? (child.text ?? '') : '\n';
        if (child.marks?.some((m) => m.type === 'sensitive')) marked.push([start, text.length]);
      }
      out.push({ text, marked });
    } else checkBlocks(children, out);
  }
  return out;
}

/** One occurrence the gate stops at: a finding in block `block`, with its remembered key. */
export interface UnmarkedHit extends IdentifyingFinding {
  key: string;
  block: number;
}

/** Every occurrence of a candidate that is not marked and not cleared, block by block. */
export function unmarkedHits(
  blocks: readonly CheckBlock[],
  lang: DocumentLanguage,
  cleared: ReadonlySet<string>,
): UnmarkedHit[] {
  const hits: UnmarkedHit[] = [];
  blocks.forEach(({ text, marked }, block) => {
    for (const f of findIdentifyingDetails(text, lang)) {
      if (marked.some(([s, e]) => f.start < e && f.end > s)) continue;
      const key = clearedKey(f.text);
      if (key === '' || cleared.has(key)) continue;
      hits.push({ ...f, key, block });
    }
  });
  return hits;
}

/** A candidate still to decide, once however often it occurs, with a few words around its first occurrence. */
export interface UnmarkedCandidate extends Omit<IdentifyingFinding, 'start' | 'end'> {
  key: string;
  context: string;
}

export function unmarkedCandidates(
  blocks: readonly CheckBlock[],
  lang: DocumentLanguage,
  cleared: ReadonlySet<string>,
): UnmarkedCandidate[] {
  const byKey = new Map<string, UnmarkedCandidate>();
  for (const hit of unmarkedHits(blocks, lang, cleared)) {
    if (byKey.has(hit.key)) continue;
    const { text, kind, category, key } = hit;
    byKey.set(key, { key, text, kind, category, context: contextAround(blocks[hit.block]!.text, hit.start, hit.end) });
  }
  return [...byKey.values()];
}

/** The gate for one story: what in its stored text still needs a decision. */
export function storyCandidates(
  story: { doc: { content?: unknown[] }; cleared?: readonly string[] },
  lang: DocumentLanguage,
): UnmarkedCandidate[] {
  return unmarkedCandidates(checkBlocks((story.doc.content ?? []) as PMNode[]), lang, new Set(story.cleared ?? []));
}
