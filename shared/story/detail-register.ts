import { z } from 'zod';
import { detailIdSchema } from './doc-schema';
import { DOC_LIMITS } from './doc-limits';
import type { LooseNode } from './doc-types';
import { isSensitiveCategory, SENSITIVE_CATEGORIES, type SensitiveCategory } from './sensitive-categories';

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
const letterCount = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/** Case, accents, width and the curly apostrophe folded away, so two spellings compare as one. */
export function foldDetailText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** Folded character by character, exactly as matchVariants folds the text it searches. */
const variantKey = (s: string) => [...s].map(foldDetailText).join('').replace(/\s+/gu, ' ').trim();

function uniqueVariants(variants: DetailVariant[]): DetailVariant[] {
  const seen = new Set<string>();
  const out: DetailVariant[] = [];
  for (const v of variants) {
    const key = variantKey(v.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

const withPossessives = (name: string): string[] => [name, `${name}'s`, `${name}’s`];

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
  const first = parts[0];
  const last = parts.at(-1);
  const texts: string[] = [...withPossessives(name)];
  for (const part of parts) texts.push(...withPossessives(part));
  const titled = new Set([name, ...(last ? [last] : [])]);
  for (const title of SURNAME_TITLES) for (const n of titled) texts.push(`${title} ${n}`);
  for (const title of GIVEN_NAME_TITLES)
    for (const n of new Set([name, ...(first ? [first] : [])])) texts.push(`${title} ${n}`);
  return uniqueVariants(texts.map((t) => ({ text: t, on: true })));
}

const asNode = (v: unknown): LooseNode | null => (typeof v === 'object' && v !== null ? (v as LooseNode) : null);

function markOf(node: LooseNode): { id: string; category: SensitiveCategory } | null {
  for (const m of node.marks ?? []) {
    const mark = asNode(m);
    if (mark?.type !== 'sensitive') continue;
    const attrs = (mark.attrs ?? {}) as { id?: unknown; category?: unknown };
    if (typeof attrs.id !== 'string' || attrs.id === '') continue;
    return { id: attrs.id, category: isSensitiveCategory(attrs.category) ? attrs.category : 'other' };
  }
  return null;
}

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
      const mark = markOf(node);
      if (open && open.id !== mark?.id) close();
      if (!mark) return;
      if (!byId.has(mark.id)) byId.set(mark.id, { ...mark, occurrences: [] });
      if (open) open.text += node.text;
      else open = { id: mark.id, text: node.text };
      return;
    }
    close();
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
  /** For each UTF-16 unit of `folded`: where the code point that produced it starts and ends in the original. */
  starts: number[];
  ends: number[];
}

function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = foldDetailText(ch);
    const end = at + ch.length;
    // A combining accent written separately belongs to the letter before it.
    if (f.length === 0 && ends.length > 0) ends[ends.length - 1] = end;
    for (let i = 0; i < f.length; i++) {
      starts.push(at);
      ends.push(end);
    }
    folded += f;
    at = end;
  }
  return { folded, starts, ends };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A variant as a pattern on folded text: any run of spaces (or a line break) between words, and a
 * full stop that ends a word optional ("Mr. Vance", "Mr Vance", "Mr.Vance").
 */
function variantPattern(key: string): RegExp {
  const words = key.split(' ');
  let body = '';
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    if (!last && word.length > 1 && word.endsWith('.')) body += `${escapeRegExp(word.slice(0, -1))}\\.?\\s*`;
    else body += escapeRegExp(word) + (last ? '' : '\\s+');
  });
  // Word boundaries only where the variant itself starts or ends with a letter or digit: a phone
  // number "(559) 555-0199" is found in "call(559) 555-0199" too.
  const before = /^[\p{L}\p{N}]/u.test(key) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(key) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${after}`, 'gu');
}

/**
 * Every place in `text` where a detail of the register appears: each "on" variant and the detail's
 * own text, ignoring case, accents and width, on word boundaries ("Ana" is not in "Banana"),
 * longest first and never overlapping. In document order.
 */
export function matchVariants(text: string, register: DetailRegister): VariantMatch[] {
  if (!text || register.length === 0) return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const candidates: { detailId: string; variant: string; key: string }[] = [];
  const seen = new Set<string>();
  for (const detail of register) {
    for (const variant of [detail.text, ...detail.variants.filter((v) => v.on).map((v) => v.text)]) {
      const key = variantKey(variant);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      candidates.push({ detailId: detail.id, variant, key });
    }
  }
  candidates.sort((a, b) => b.key.length - a.key.length);
  const taken: VariantMatch[] = [];
  const covered = new Uint8Array(text.length);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return false;
    return true;
  };
  for (const c of candidates) {
    for (const m of folded.matchAll(variantPattern(c.key))) {
      if (m[0].length === 0) continue;
      const start = starts[m.index]!;
      const end = ends[m.index + m[0].length - 1]!;
      if (!free(start, end)) continue;
      covered.fill(1, start, end);
      taken.push({ start, end, detailId: c.detailId, variant: c.variant });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
