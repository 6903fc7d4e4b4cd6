import { z } from 'zod';
import { detailIdSchema } from './doc-schema';
import { DOC_LIMITS } from './doc-limits';
import type { LooseNode } from './doc-types';
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from './sensitive-categories';
import { sensitiveMark } from './sensitive-details';

/**
 * The story's sensitive details as a register: each marked detail once, with the spellings
 * (variants) under which it may appear anywhere in the story, marked or not. Export redacts every
 * occurrence of every "on" variant, so a name marked once cannot leave where it was not marked.
 */

/** One spelling of a detail; `added` = typed by the person, not proposed by Harbor. */
export interface DetailVariant {
  text: string;
  on: boolean;
  added?: boolean;
}

/** `id` is the sensitive mark's id: every run marked with it belongs to this detail. */
export interface RegisterDetail {
  id: string;
  category: SensitiveCategory;
  /** The text as first marked (parts of one marked occurrence split by formatting are joined). */
  text: string;
  variants: DetailVariant[];
}

export type DetailRegister = RegisterDetail[];

export const REGISTER_LIMITS = Object.freeze({ details: 10_000, variants: 200, variantChars: 300 });

const variantSchema = z.object({
  text: z.string().trim().min(1).max(REGISTER_LIMITS.variantChars),
  on: z.boolean(),
  added: z.boolean().optional(),
});

export const detailRegisterSchema: z.ZodType<DetailRegister> = z
  .array(
    z.object({
      id: detailIdSchema,
      category: z.enum(SENSITIVE_CATEGORIES),
      text: z.string().max(DOC_LIMITS.maxTextChars),
      variants: z.array(variantSchema).max(REGISTER_LIMITS.variants),
    }),
  )
  .max(REGISTER_LIMITS.details);

/*
 * Titles a name may be written with. One spelling each: matching treats a full stop before a space
 * as optional ("Mr. Vance" also finds "Mr Vance"), and ignores case and accents ("Doña" finds "Dona").
 */
const SURNAME_TITLES = [
  'Mr.',
  'Mrs.',
  'Ms.',
  'Miss',
  'Mx.',
  'Dr.',
  'Prof.',
  'Sr.',
  'Sra.',
  'Srta.',
  'Dra.',
  'Señor',
  'Señora',
  'Señorita',
] as const;
/** Spanish courtesy titles that go with a first name ("Don Teodoro", "Doña Ana"). */
const GIVEN_NAME_TITLES = ['Don', 'Doña'] as const;

const MIN_PART_LETTERS = 3;
const letterCount = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

/** Case, accents, width and the curly apostrophe folded away, so two spellings compare as one. */
export function foldDetailText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** Folded character by character, exactly as matchVariants folds the text it searches. */
const variantKey = (s: string) => [...s].map(foldDetailText).join('').replace(/\s+/gu, ' ').trim();

/** Each spelling once (the first of those that fold alike), blank ones dropped. */
function uniqueVariants<T extends { text: string }>(variants: T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const v of variants) {
    const key = variantKey(v.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

// One possessive: spellings are compared with the curly apostrophe folded, so "Ana’s" is found too.
const withPossessives = (name: string): string[] => [name, `${name}'s`];

/**
 * What Harbor proposes for a newly marked detail, all on. A person: the name as marked, each part of
 * 3+ letters, their possessives, and the name with common English and Spanish titles. Any other
 * category: the marked text itself.
 */
export function proposeVariants(category: SensitiveCategory, text: string): DetailVariant[] {
  const name = text.trim().replace(/\s+/gu, ' ');
  if (!name) return [];
  if (category !== 'person') return [{ text: name, on: true }];
  // A name's parts; punctuation around them ("Vance," or "(Ana)") is not part of the name.
  const parts = name
    .split(' ')
    .map((p) => p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((p) => letterCount(p) >= MIN_PART_LETTERS);
  const texts: string[] = [...withPossessives(name)];
  for (const part of parts) texts.push(...withPossessives(part));
  // With the last part (the surname) and, for "Don" and "Doña", the first.
  for (const title of SURNAME_TITLES) for (const n of [name, ...parts.slice(-1)]) texts.push(`${title} ${n}`);
  for (const title of GIVEN_NAME_TITLES) for (const n of [name, ...parts.slice(0, 1)]) texts.push(`${title} ${n}`);
  return uniqueVariants(texts.map((t) => ({ text: t, on: true })));
}

const asNode = (v: unknown) => (typeof v === 'object' ? (v as LooseNode | null) : null);

interface MarkedDetail {
  id: string;
  category: SensitiveCategory;
  /** Each marked occurrence once, in document order (runs of one occurrence joined). */
  occurrences: string[];
}

/** Every marked detail with each distinct text it was marked on (private notes included). */
export function listMarkedOccurrences(doc: LooseNode): MarkedDetail[] {
  const byId = new Map<string, MarkedDetail>();
  let open: { id: string; text: string } | null = null;
  const close = () => {
    if (!open) return;
    const detail = byId.get(open.id);
    const text = open.text.trim().replace(/\s+/gu, ' ');
    if (detail && text && !detail.occurrences.some((o) => variantKey(o) === variantKey(text))) {
      detail.occurrences.push(text);
    }
    open = null;
  };
  const walk = (node: LooseNode, depth: number): void => {
    if (depth > DOC_LIMITS.maxDepth) return;
    if (node.type === 'text' && typeof node.text === 'string') {
      const mark = sensitiveMark(node);
      if (open && open.id !== mark?.id) close();
      if (!mark) return;
      if (!byId.has(mark.id)) byId.set(mark.id, { ...mark, occurrences: [] });
      if (open) open.text += node.text;
      else open = { id: mark.id, text: node.text };
      return;
    }
    close();
    // Stryker disable next-line ArrayDeclaration: a child that is no object is skipped, so a made-up one changes nothing
    for (const child of node.content ?? []) {
      const c = asNode(child);
      if (c) walk(c, depth + 1);
    }
    close();
  };
  walk(doc, 1);
  return [...byId.values()].filter((d) => d.occurrences.length > 0);
}

/**
 * The register for a document: every marked detail, keeping the person's saved choices (variants
 * turned off stay off, variants they added stay), proposing variants for what is new. A detail
 * whose marks are all gone leaves the register with them.
 */
export function registerFromDoc(doc: LooseNode, saved: DetailRegister = []): DetailRegister {
  const savedById = new Map(saved.map((d) => [d.id, d]));
  return listMarkedOccurrences(doc).map(({ id, category, occurrences }) => {
    const previous = savedById.get(id);
    const text =
      previous && occurrences.some((o) => variantKey(o) === variantKey(previous.text))
        ? previous.text
        : occurrences[0]!;
    const proposed = uniqueVariants(occurrences.flatMap((o) => proposeVariants(category, o)));
    const savedByKey = new Map((previous?.variants ?? []).map((v) => [variantKey(v.text), v]));
    const variants = proposed.map((v) => {
      const choice = savedByKey.get(variantKey(v.text));
      return choice ? { ...v, on: choice.on } : v;
    });
    const added = (previous?.variants ?? [])
      .filter((v) => v.added)
      .map((v) => ({ text: v.text, on: v.on, added: true }));
    return { id, category, text, variants: uniqueVariants([...variants, ...added]).slice(0, REGISTER_LIMITS.variants) };
  });
}

/** One place in a text where a detail appears; UTF-16 offsets into the text given. */
export interface VariantMatch {
  start: number;
  end: number;
  detailId: string;
  variant: string;
}

interface FoldedText {
  folded: string;
  /** Where the code point that produced folded unit i starts and ends in the original text. */
  start(i: number): number;
  end(i: number): number;
}

/** Folding character by character is the hot path of every export: each character folded once, then remembered. */
const foldedChars = new Map<string, string>();
const foldChar = (ch: string) => foldedChars.get(ch) ?? rememberFoldedChar(ch);
function rememberFoldedChar(ch: string): string {
  const f = foldDetailText(ch);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only caps a cache; a character not remembered is folded again the same way
  if (foldedChars.size < 10_000) foldedChars.set(ch, f);
  return f;
}

// eslint-disable-next-line no-control-regex -- a text without it is plain ASCII: folding is lower-casing, offsets unchanged
const NON_ASCII = /[^\u0000-\u007f]/;

/** The last text folded: one block is searched twice in a row (withheld details, then the author's name). */
const lastFolded = new Map<string, FoldedText>();
function foldWithOffsets(text: string): FoldedText {
  return lastFolded.get(text) ?? rememberFolded(text);
}

function rememberFolded(text: string): FoldedText {
  let result: FoldedText;
  // Stryker disable next-line ConditionalExpression: a fast path; folding plain ASCII character by character gives the same text and offsets
  if (!NON_ASCII.test(text)) {
    result = { folded: text.toLowerCase(), start: (i) => i, end: (i) => i + 1 };
  } else {
    let folded = '';
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    for (const ch of text) {
      const f = foldChar(ch);
      const end = at + ch.length;
      // A combining accent written separately belongs to the letter before it (if there is one).
      if (f.length === 0) ends.fill(end, -1);
      for (let i = 0; i < f.length; i++) {
        starts.push(at);
        ends.push(end);
      }
      folded += f;
      at = end;
    }
    result = { folded, start: (i) => starts[i]!, end: (i) => ends[i]! };
  }
  lastFolded.clear();
  lastFolded.set(text, result);
  return result;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface VariantPattern {
  body: RegExp;
  /** Whether a letter or digit may not touch the match on that side (word boundaries). */
  before: boolean;
  after: boolean;
}

/**
 * A variant as a pattern on folded text: any run of spaces (or a line break) between words, and a
 * full stop that ends a word optional ("Mr. Vance", "Mr Vance", "Mr.Vance"). Word boundaries are
 * checked apart (one shared Unicode class, not one per pattern: building thousands is slow), and
 * only where the variant itself starts or ends with a letter or digit: a phone number
 * "(559) 555-0199" is found in "call(559) 555-0199" too.
 */
function variantPattern(key: string): VariantPattern {
  const words = key.split(' ');
  let body = '';
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    if (!last && word.length > 1 && word.endsWith('.')) body += `${escapeRegExp(word.slice(0, -1))}\\.?\\s*`;
    else body += escapeRegExp(word) + (last ? '' : '\\s+');
  });
  return { body: new RegExp(body, 'g'), before: WORD_CHAR_START.test(key), after: WORD_CHAR_END.test(key) };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_CHAR_START = /^[\p{L}\p{N}]/u;
const WORD_CHAR_END = /[\p{L}\p{N}]$/u;

/** Whether the code point just before (or at) a position is a letter or digit. */
function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(from)!));
}
function wordCharAt(s: string, i: number): boolean {
  return i < s.length && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Every match of a pattern (never empty: blank spellings are not compiled) on word boundaries; after one refused, the search goes on from the next unit. */
function* boundedMatches(folded: string, p: VariantPattern): Generator<{ index: number; length: number }> {
  const re = p.body;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const end = m.index + m[0].length;
    if ((p.before && wordCharBefore(folded, m.index)) || (p.after && wordCharAt(folded, end))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield { index: m.index, length: m[0].length };
  }
}

interface CompiledVariant {
  detailId: string;
  variant: string;
  key: string;
  /** The variant's first run of letters or digits: a whole word the text must contain, or null. */
  firstWord: string | null;
  pattern: VariantPattern;
}

const WORD = /[\p{L}\p{N}]+/gu;

interface CompiledRegister {
  /** Variants by their first word: a block is searched only for the variants whose first word it holds. */
  byWord: Map<string, CompiledVariant[]>;
  /** Variants without a letter or digit, searched in every block. */
  always: CompiledVariant[];
}

/** Compiled once per register (a register is not changed once made), so each block costs only the search. */
const compiled = new WeakMap<DetailRegister, CompiledRegister>();

function compile(register: DetailRegister): CompiledRegister {
  return compiled.get(register) ?? compileAndRemember(register);
}

function compileAndRemember(register: DetailRegister): CompiledRegister {
  const result: CompiledRegister = { byWord: new Map(), always: [] };
  // Each detail's own text and its "on" spellings; a spelling two details share is the first one's.
  const spellings = register.flatMap((detail) =>
    [detail.text, ...detail.variants.filter((v) => v.on).map((v) => v.text)].map((text) => ({ id: detail.id, text })),
  );
  for (const { id, text: variant } of uniqueVariants(spellings)) {
    const key = variantKey(variant);
    const firstWord = key.match(/[\p{L}\p{N}]+/u)?.[0] ?? null;
    const c = { detailId: id, variant, key, firstWord, pattern: variantPattern(key) };
    if (firstWord === null) result.always.push(c);
    else result.byWord.set(firstWord, [...(result.byWord.get(firstWord) ?? []), c]);
  }
  compiled.set(register, result);
  return result;
}

/**
 * Every place in `text` where a detail of the register appears: each "on" variant and the detail's
 * own text, ignoring case, accents and width, on word boundaries ("Ana" is not in "Banana"),
 * longest first and never overlapping. In document order.
 */
export function matchVariants(text: string, register: DetailRegister): VariantMatch[] {
  // Stryker disable next-line ConditionalExpression: a fast path; with no detail the search finds nothing either way
  if (register.length === 0) return [];
  const { byWord, always } = compile(register);
  const { folded, start: startOf, end: endOf } = foldWithOffsets(text);
  // A variant's first word is a whole word wherever the variant matches: search only those the block holds.
  const candidates = [...always];
  for (const word of new Set(folded.match(WORD))) candidates.push(...(byWord.get(word) ?? []));
  candidates.sort((a, b) => b.key.length - a.key.length);
  const taken: VariantMatch[] = [];
  const covered = new Uint8Array(text.length);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return false;
    return true;
  };
  for (const c of candidates) {
    for (const m of boundedMatches(folded, c.pattern)) {
      const start = startOf(m.index);
      const end = endOf(m.index + m.length - 1);
      if (!free(start, end)) continue;
      covered.fill(1, start, end);
      taken.push({ start, end, detailId: c.detailId, variant: c.variant });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
