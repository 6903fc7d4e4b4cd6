import { matchVariants, registerFromDoc, type DetailRegister } from '../story/detail-register';
import { clearedKey } from './cleared';
import { contextAround } from './finding-context';
import { findIdentifyingDetails, NAME_CONNECTORS, type IdentifyingFinding } from './identifying-details';
import { findAuthorMentions, type AuthorName } from './identity';
import type { DocumentLanguage } from './placeholders';
import type { StoryDoc, WalkedNode } from '../core/story-doc';

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

/**
 * Each block of text (paragraph, heading, code block) of stored TipTap JSON; private notes never
 * leave, so never count. A block without text has nothing to find, and is left out.
 */
export function checkBlocks(nodes: readonly WalkedNode[], out: CheckBlock[] = []): CheckBlock[] {
  for (const node of nodes) {
    if (node.type === 'privateNote') continue;
    const children: readonly WalkedNode[] = node.content ?? [];
    if (children.some((c) => c.type === 'text')) {
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

/**
 * What the release gate takes care of wherever it is written, so the check does not ask about it:
 * every spelling of a detail in the story's registers (the consent decides those, as it does marked
 * words) and the author's own name (the consent's identity stands in for it).
 */
export interface HandledByGate {
  registers?: readonly DetailRegister[];
  author?: AuthorName | null;
}

/**
 * Whether every letter and digit of [start, end) lies in one of the ranges (the gate replaces all
 * of it), leaving out the finders' joining words (`NAME_CONNECTORS`) standing between spaces: alone
 * they identify no one, and the gate leaves them as written, so two marked details joined by one
 * ("Ciudad Juárez y Rogelio Baptiste") are decided; every other word still counts.
 */
function coveredWhole(text: string, start: number, end: number, ranges: readonly (readonly [number, number])[]) {
  for (const word of text.slice(start, end).matchAll(/\S+/gu)) {
    if (NAME_CONNECTORS.has(word[0])) continue;
    let at = start + word.index;
    for (const ch of word[0]) {
      if (/[\p{L}\p{N}]/u.test(ch) && !ranges.some(([s, e]) => at >= s && at < e)) return false;
      at += ch.length;
    }
  }
  return true;
}

/** Every occurrence of a candidate that is not marked, not cleared and not handled by the gate, block by block. */
export function unmarkedHits(
  blocks: readonly CheckBlock[],
  lang: DocumentLanguage,
  cleared: ReadonlySet<string>,
  handled: HandledByGate = {},
): UnmarkedHit[] {
  const hits: UnmarkedHit[] = [];
  const register = (handled.registers ?? []).flat();
  blocks.forEach(({ text, marked }, block) => {
    // Marked words are decided (the consent says what becomes of them); so is what the gate replaces.
    const decided: (readonly [number, number])[] = [...marked];
    for (const m of matchVariants(text, register)) decided.push([m.start, m.end]);
    if (handled.author) decided.push(...findAuthorMentions(text, handled.author));
    for (const f of findIdentifyingDetails(text, lang)) {
      // Only when all of it is decided: "Carlos Ruiz" with only "Carlos" marked or known still leaves "Ruiz".
      if (coveredWhole(text, f.start, f.end, decided)) continue;
      const key = clearedKey(f.text);
      if (cleared.has(key)) continue;
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
  handled: HandledByGate = {},
): UnmarkedCandidate[] {
  const byKey = new Map<string, UnmarkedCandidate>();
  for (const hit of unmarkedHits(blocks, lang, cleared, handled)) {
    if (byKey.has(hit.key)) continue;
    const { text, kind, category, key } = hit;
    byKey.set(key, { key, text, kind, category, context: contextAround(blocks[hit.block]!.text, hit.start, hit.end) });
  }
  return [...byKey.values()];
}

/**
 * The gate for one story: what in its stored text still needs a decision. Its own register (with
 * the details marked since it was saved) is handled by the release gate; so is `author`'s name.
 */
export function storyCandidates(
  story: { doc: StoryDoc; cleared?: readonly string[]; details?: DetailRegister },
  lang: DocumentLanguage,
  author: AuthorName | null = null,
): UnmarkedCandidate[] {
  const registers = [registerFromDoc(story.doc, story.details ?? [])];
  const blocks = checkBlocks(story.doc.content ?? []);
  return unmarkedCandidates(blocks, lang, new Set(story.cleared), { registers, author });
}
