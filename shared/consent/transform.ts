import { matchVariants, registerFromDoc, type DetailRegister } from '../story/detail-register';
import type { ConsentGrant, GrantTerms, RedactableCategory } from './grant';
import { REDACTABLE_CATEGORIES } from './grant';
import { findAuthorMentions, mentionReplacement, type AuthorName } from './identity';
import { PLACEHOLDERS, type DocumentLanguage } from './placeholders';

import {
  CHANGE_MARK,
  type InlineNode,
  type ReleasedDoc,
  type ReleasedMark,
  type SensitiveMark,
  type StoryDoc,
  type StoryMark,
  type StoryNode,
  type TextNode,
  type WalkedNode,
} from '../core/story-doc';
export { CHANGE_MARK };

/** A node of the document as it comes out: the same shape, with the marks that may leave. */
type ReleasedNode = StoryNode<ReleasedMark>;
type ReleasedInline = InlineNode<ReleasedMark>;
type PlainMark = Exclude<StoryMark, SensitiveMark>;

export interface TransformReport {
  /** How many sensitive details were replaced, by category (marked or not). */
  redacted: Partial<Record<RedactableCategory, number>>;
  /**
   * Of those, how many were found through the register where they were not marked (a name marked
   * once and typed again elsewhere). Absent when there were none.
   */
  unmarked?: Partial<Record<RedactableCategory, number>>;
  /** How many mentions of the author's name were replaced by the chosen identity. */
  identityReplacements: number;
  privateNotesDropped: number;
}

export interface ApplyConsentOptions {
  flagChanges?: boolean;
  /**
   * The sensitive-detail registers of the stories this text comes from (a testimony quotes
   * several). Every "on" variant of every detail in a redacted category is replaced wherever it
   * occurs. Without one, the register is derived from the document's own marks.
   */
  registers?: readonly DetailRegister[];
}

export interface TransformResult {
  doc: ReleasedDoc;
  report: TransformReport;
}

const isCategory = (v: unknown): v is RedactableCategory =>
  typeof v === 'string' && (REDACTABLE_CATEGORIES as readonly string[]).includes(v);

function sensitiveOf(node: TextNode): { category: RedactableCategory; id: string | null } | null {
  const mark = node.marks?.find((m): m is SensitiveMark => m.type === 'sensitive');
  if (!mark) return null;
  const category = isCategory(mark.attrs?.category) ? mark.attrs.category : 'other';
  const id = typeof mark.attrs?.id === 'string' ? mark.attrs.id : null;
  return { category, id };
}

/** What the consent withholds or substitutes, ready to apply to any text. */
export interface ConsentRules {
  lang: DocumentLanguage;
  author: AuthorName;
  /** The identity's replacement for a mention of the author's name. */
  nameReplacement: string;
  redactCategories: ReadonlySet<RedactableCategory>;
  keep: ReadonlySet<string>;
  /** The register's details the consent withholds (category redacted, not kept). */
  withheld: DetailRegister;
}

const categoryCache = new WeakMap<DetailRegister, Map<string, RedactableCategory>>();
function categoryOf(withheld: DetailRegister, id: string): RedactableCategory {
  const byId = categoryCache.get(withheld) ?? cacheCategories(withheld);
  return byId.get(id) ?? 'other';
}
function cacheCategories(withheld: DetailRegister): Map<string, RedactableCategory> {
  const byId = new Map(withheld.map((d) => [d.id, d.category]));
  categoryCache.set(withheld, byId);
  return byId;
}

export function consentRules(
  terms: GrantTerms | ConsentGrant,
  author: AuthorName,
  lang: DocumentLanguage,
  registers: readonly DetailRegister[],
): ConsentRules {
  const redactCategories = new Set(terms.redact.categories);
  const keep = new Set(terms.redact.keep);
  return {
    lang,
    author,
    nameReplacement: mentionReplacement(author, terms.identity, lang),
    redactCategories,
    keep,
    withheld: registers.flat().filter((d) => redactCategories.has(d.category) && !keep.has(d.id)),
  };
}

/** One replacement in a block's text: UTF-16 offsets into the block's whole text. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
  change: 'redacted' | 'identity';
  category?: RedactableCategory;
  /** Found through the register only: no character of it was marked. */
  unmarked?: boolean;
}

interface Range {
  start: number;
  end: number;
  kind: 'marked' | 'register' | 'identity' | 'address';
  category?: RedactableCategory;
  id?: string | null;
}

/** An e-mail address as people write one: local part, "@", a domain with a dot. */
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * Everything to replace in one block's text: marked spans of a withheld category, every
 * occurrence of a withheld detail's variants, and mentions of the author's name. Overlapping
 * pieces become one (a withheld detail wins over the identity: nothing of either shows), and
 * neighbouring name parts one mention.
 */
export function planReplacements(text: string, marked: readonly Range[], rules: ConsentRules): Replacement[] {
  const ranges: Range[] = [...marked];
  for (const m of matchVariants(text, rules.withheld)) {
    ranges.push({
      start: m.start,
      end: m.end,
      kind: 'register',
      category: categoryOf(rules.withheld, m.detailId),
      id: m.detailId,
    });
  }
  for (const [start, end] of findAuthorMentions(text, rules.author)) ranges.push({ start, end, kind: 'identity' });
  // An e-mail address with a withheld name or detail in it still names the person: the whole
  // address leaves, never "M. Q. V.@example.org" or "[name withheld]@example.org".
  for (const m of text.matchAll(EMAIL_ADDRESS)) {
    const end = m.index + m[0].length;
    if (ranges.some((r) => r.start < end && r.end > m.index)) {
      ranges.push({ start: m.index, end, kind: 'address', category: 'contact' });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);

  interface Cluster {
    start: number;
    end: number;
    ranges: Range[];
  }
  const clusters: Cluster[] = [];
  for (const r of ranges) {
    const prev = clusters.at(-1);
    const joinsMark =
      prev &&
      r.kind === 'marked' &&
      r.id &&
      prev.ranges.some((p) => p.kind === 'marked' && p.id === r.id) &&
      r.start <= prev.end;
    if (prev && (r.start < prev.end || joinsMark)) {
      prev.end = Math.max(prev.end, r.end);
      prev.ranges.push(r);
    } else clusters.push({ start: r.start, end: r.end, ranges: [r] });
  }

  const out: Replacement[] = [];
  for (const c of clusters) {
    // An address sorts before the names inside it, so its cluster is withheld as a contact.
    const redaction = c.ranges.find((r) => r.kind !== 'identity');
    if (redaction) {
      const category = redaction.category ?? 'other';
      out.push({
        start: c.start,
        end: c.end,
        text: PLACEHOLDERS[rules.lang][category],
        change: 'redacted',
        category,
        ...(c.ranges.some((r) => r.kind === 'marked') ? {} : { unmarked: true }),
      });
      continue;
    }
    const prev = out.at(-1);
    // Parts of the name next to each other ("Quirina Vantongeren") are one mention.
    if (prev?.change === 'identity' && /^\s+$/u.test(text.slice(prev.end, c.start))) {
      prev.end = c.end;
      continue;
    }
    out.push({ start: c.start, end: c.end, text: rules.nameReplacement, change: 'identity' });
  }
  // Initials end in a full stop; one that ends the sentence too is written once ("I am M. R.").
  // (Only the identity can end in one: every placeholder ends in a bracket.)
  for (const r of out) if (r.text.endsWith('.') && text[r.end] === '.') r.end += 1;
  return out;
}

/** Applies planned replacements to a plain line. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

export function countReplacements(report: TransformReport, replacements: readonly Replacement[]): void {
  for (const r of replacements) {
    if (r.change === 'identity') {
      report.identityReplacements += 1;
      continue;
    }
    const category = r.category ?? 'other';
    report.redacted[category] = (report.redacted[category] ?? 0) + 1;
    if (r.unmarked) {
      report.unmarked ??= {};
      report.unmarked[category] = (report.unmarked[category] ?? 0) + 1;
    }
  }
}

/** A hard line break stands in the block's text as a newline, so a name across it is still found. */
const BREAK_TEXT = '\n';

/**
 * Replaces, in one block's inline content, every planned piece of its whole text, then maps the
 * result back onto the runs: a name split by formatting ("Ma**ria**") or by a line break is found
 * and replaced as one. A replacement takes the formatting of the run it starts in.
 */
function transformInline(
  nodes: InlineNode[],
  rules: ConsentRules,
  report: TransformReport,
  flag: boolean,
): ReleasedInline[] {
  let text = '';
  const spans: { node: InlineNode; start: number; end: number }[] = [];
  const marked: Range[] = [];
  for (const node of nodes) {
    const piece = node.type === 'text' ? (typeof node.text === 'string' ? node.text : '') : BREAK_TEXT;
    const start = text.length;
    text += piece;
    spans.push({ node, start, end: text.length });
    if (node.type !== 'text') continue;
    const sensitive = sensitiveOf(node);
    if (!sensitive || !rules.redactCategories.has(sensitive.category)) continue;
    if (sensitive.id && rules.keep.has(sensitive.id)) continue;
    if (start === text.length) continue;
    marked.push({ start, end: text.length, kind: 'marked', category: sensitive.category, id: sensitive.id });
  }
  const replacements = planReplacements(text, marked, rules);
  countReplacements(report, replacements);

  const out: ReleasedInline[] = [];
  const plainMarks = (node: TextNode) => (node.marks ?? []).filter((m): m is PlainMark => m.type !== 'sensitive');
  const emit = (node: TextNode, piece: string, change?: Replacement['change']) => {
    const base = plainMarks(node);
    const marks: ReleasedMark[] = change && flag ? [...base, { type: CHANGE_MARK, attrs: { change } }] : base;
    out.push(marks.length ? { type: 'text', text: piece, marks } : { type: 'text', text: piece });
  };
  let r = 0;
  for (const span of spans) {
    if (span.node.type !== 'text') {
      // A line break inside a replaced piece goes with it (no piece starts at one: a spelling is
      // trimmed, a mark covers text only); elsewhere it stays.
      if (!replacements.some((x) => x.start < span.end && x.end > span.start)) out.push(transformLeaf(span.node));
      continue;
    }
    let at = span.start;
    while (at < span.end) {
      while (r < replacements.length && replacements[r]!.end <= at) r++;
      const next = replacements[r];
      // Text as written up to the next piece, or to the span's end.
      const plainEnd = Math.min(next?.start ?? span.end, span.end);
      if (plainEnd > at) {
        emit(span.node, text.slice(at, plainEnd));
        at = plainEnd;
        continue;
      }
      // Inside `next` (only a piece can stop the text before the span's end): its replacement is
      // written where it starts; the rest of it is skipped.
      if (at === next!.start) emit(span.node, next!.text, next!.change);
      at = Math.min(span.end, next!.end);
    }
  }
  return mergeAdjacentText(out);
}

/** Inline leaves other than text (a line break) carry no text of their own, only marks to clean. */
function transformLeaf(node: InlineNode): ReleasedInline;
function transformLeaf(node: StoryNode): ReleasedNode;
function transformLeaf(node: WalkedNode): ReleasedNode {
  const marks = node.marks?.filter((m): m is PlainMark => m.type !== 'sensitive');
  const { marks: _m, ...rest } = node;
  return (marks && marks.length ? { ...rest, marks } : rest) as ReleasedNode;
}

/**
 * What leaves the vault: private notes dropped, every withheld detail replaced by one fixed
 * placeholder wherever it appears (marked or not, split across runs or not), the author's name
 * replaced by the chosen identity, and no sensitive marks left in the output. Pure: the master
 * copy is never touched.
 */
export function applyConsent(
  doc: StoryDoc,
  terms: GrantTerms | ConsentGrant,
  author: AuthorName,
  lang: DocumentLanguage = 'en',
  options: ApplyConsentOptions = {},
): TransformResult {
  const report: TransformReport = { redacted: {}, identityReplacements: 0, privateNotesDropped: 0 };
  // Marks the saved registers do not know yet (typed since) are proposed; the person's choices stand.
  const saved = options.registers ?? [];
  const registers = [...saved, registerFromDoc(doc, saved.flat())];
  const rules = consentRules(terms, author, lang, registers);
  return { doc: applyRules(doc, rules, report, options.flagChanges === true), report };
}

/** The consent's rules over a document, counting into `report`. */
export function applyRules(doc: StoryDoc, rules: ConsentRules, report: TransformReport, flag: boolean): ReleasedDoc {
  // Each node keeps its type; its content is the same kind of node, released.
  const transformNode = (node: WalkedNode): ReleasedNode => {
    // A leaf keeps everything but a sensitive mark.
    if (!node.content) return transformLeaf(node);
    // A block of line breaks alone has nothing to replace: its breaks are cleaned one by one.
    const hasInline = node.content.some((c) => c.type === 'text');
    const content = hasInline
      ? transformInline(node.content as InlineNode[], rules, report, flag)
      : node.content.flatMap((child) => {
          if (child.type === 'privateNote') {
            report.privateNotesDropped += 1;
            return [];
          }
          return [transformNode(child)];
        });
    return { ...node, content } as ReleasedNode;
  };
  return transformNode(doc) as ReleasedDoc;
}

function sameMarks(a: ReleasedMark[] | undefined, b: ReleasedMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function mergeAdjacentText(nodes: ReleasedInline[]): ReleasedInline[] {
  const out: ReleasedInline[] = [];
  for (const n of nodes) {
    const prev = out.at(-1);
    if (prev && prev.type === 'text' && n.type === 'text' && sameMarks(prev.marks, n.marks)) {
      // Every text node here was written by emit, with its text.
      out[out.length - 1] = { ...prev, text: `${prev.text}${n.text}` };
    } else out.push(n);
  }
  return out;
}
