import fc from 'fast-check';
import type { GrantTerms, RedactableCategory } from '../../../../shared/consent/grant';
import type { DocNode as PMNode } from '../../../../shared/core/story-doc';
import { FILLER } from './leak-doc';
import { fold } from './leak-check';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Random stories for the register: each detail is marked once, then written again unmarked in
 * other spellings (a name part, with a title, possessive, another case, full-width), split at
 * random points across bold/italic runs and around line breaks; the author's own name likewise.
 * The title, template lines and fields, share title and file name carry the same spellings.
 */

// Two letters or more each, so every name part has the three letters the register needs.
const SYLLABLES = [
  'jo',
  'sé',
  'nú',
  'ñez',
  'ma',
  'rí',
  'ca',
  'pau',
  'lo',
  'zoë',
  'mü',
  'ller',
  'kasz',
  'juá',
  'rez',
  'dvo',
  'řák',
  'gré',
  'vil',
  'ów',
  'ïn',
];
const capitalize = (w: string) => [...w][0]!.toUpperCase() + [...w].slice(1).join('');
const nameWord = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((s) => capitalize(s.join('')));

export const LEAK_CATEGORIES = ['person', 'place', 'organization', 'contact'] as const;
type LeakCategory = (typeof LEAK_CATEGORIES)[number];

const detailArb = fc.record({
  category: fc.constantFrom(...LEAK_CATEGORIES),
  words: fc.array(nameWord, { minLength: 1, maxLength: 2 }),
});

const MARKS = ['bold', 'italic', 'underline'];
const spellingArb = fc.constantFrom('as-is', 'upper', 'lower', 'fullwidth');
const splitArb = fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 0.95, noNaN: true }));

const segmentArb = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('filler' as const), text: fc.constantFrom(...FILLER) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('break' as const) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('marked' as const, 'unmarked' as const, 'own' as const),
      pick: fc.nat(),
      variant: fc.nat(),
      spelling: spellingArb,
      split: splitArb,
      marksA: fc.subarray(MARKS),
      marksB: fc.subarray(MARKS),
    }),
  },
);

const blockArb = fc.record({
  kind: fc.constantFrom('paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote'),
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 5 }),
});

const FIELD_IDS = { place: 'district', organization: 'organization', contact: 'contact' } as const;

export const leakCaseArb = fc.record({
  author: fc.array(nameWord, { minLength: 2, maxLength: 2 }),
  details: fc.array(detailArb, { minLength: 1, maxLength: 3 }),
  blocks: fc.array(blockArb, { minLength: 1, maxLength: 5 }),
  fields: fc.array(
    fc.record({
      category: fc.constantFrom('place', 'organization', 'contact') as fc.Arbitrary<keyof typeof FIELD_IDS>,
      words: fc.array(nameWord, { minLength: 1, maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
  redact: fc.subarray([...LEAK_CATEGORIES]),
  identity: fc.constantFrom('full', 'first', 'initials', 'pseudonym', 'anonymous') as fc.Arbitrary<
    GrantTerms['identity']['mode']
  >,
  titlePick: fc.nat(),
  linePick: fc.nat(),
});
export type LeakCaseSpec = typeof leakCaseArb extends fc.Arbitrary<infer T> ? T : never;

export const PSEUDONYM = 'Robin Gray';

const fullWidth = (s: string) => s.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function spell(s: string, how: string): string {
  if (how === 'upper') return s.toUpperCase();
  if (how === 'lower') return s.toLowerCase();
  if (how === 'fullwidth') return fullWidth(s);
  return s;
}

/** The spellings the register proposes (and keeps on), as the person would write them unmarked. */
function spellings(category: LeakCategory, words: string[]): string[] {
  const full = words.join(' ');
  if (category !== 'person') return [full];
  const last = words.at(-1)!;
  return [full, ...words, `Mr. ${last}`, `Sra. ${last}`, `${last}'s`, `Doña ${words[0]}`];
}

export interface RegisterLeakCase {
  author: string;
  doc: PMNode;
  terms: Pick<GrantTerms, 'identity' | 'redact'>;
  title: string;
  shareTitle: string;
  fileName: string;
  headingBlock: string[];
  signature: string[];
  fields: { id: string; value: string; category: RedactableCategory }[];
  /** What must not appear anywhere: withheld details (whole and each part), withheld field values, withheld own-name parts. */
  secrets: string[];
  /** What legitimately stays: a secret inside it could not be told from a leak. */
  kept: string[];
}

export function buildRegisterLeakCase(spec: LeakCaseSpec): RegisterLeakCase {
  const redact = new Set<string>(spec.redact);
  const details = spec.details.map((d, i) => ({ ...d, id: `d${i + 1}`, text: d.words.join(' ') }));
  const ownParts = spec.author;
  const author = ownParts.join(' ');
  const textNode = (text: string, marks: string[], sensitive?: { category: string; id: string }): PMNode => {
    const all = [...(sensitive ? [{ type: 'sensitive', attrs: sensitive }] : []), ...marks.map((type) => ({ type }))];
    return all.length ? { type: 'text', text, marks: all } : { type: 'text', text };
  };
  const split = (text: string, at: number, a: string[], b: string[], sensitive?: { category: string; id: string }) => {
    const chars = [...text];
    const cut = Math.round(chars.length * at);
    if (at === 0 || cut <= 0 || cut >= chars.length) return [textNode(text, a, sensitive)];
    // Different formatting on each side, so the two runs stay two runs.
    const other = b.join() === a.join() ? (a.includes('bold') ? a.filter((m) => m !== 'bold') : [...a, 'bold']) : b;
    return [
      textNode(chars.slice(0, cut).join(''), a, sensitive),
      textNode(chars.slice(cut).join(''), other, sensitive),
    ];
  };

  const inline = (segments: LeakCaseSpec['blocks'][number]['segments']): PMNode[] =>
    segments.flatMap((s): PMNode[] => {
      if (s.kind === 'filler') return [textNode(`${s.text} `, [])];
      if (s.kind === 'break') return [{ type: 'hardBreak' }];
      if (s.kind === 'own') {
        const options = [author, ...ownParts];
        const text = spell(options[s.variant % options.length]!, s.spelling);
        return [...split(text, s.split, s.marksA, s.marksB), textNode(' ', [])];
      }
      const d = details[s.pick % details.length]!;
      if (s.kind === 'marked') {
        return [...split(d.text, s.split, s.marksA, s.marksB, { category: d.category, id: d.id }), textNode(' ', [])];
      }
      const options = spellings(d.category, d.words);
      const text = spell(options[s.variant % options.length]!, s.spelling);
      return [...split(text, s.split, s.marksA, s.marksB), textNode(' ', [])];
    });
  const block = (b: LeakCaseSpec['blocks'][number]): PMNode => {
    const paragraph: PMNode = { type: 'paragraph', content: inline(b.segments) };
    switch (b.kind) {
      case 'heading':
        return { type: 'heading', attrs: { level: 2 }, content: inline(b.segments) };
      case 'bulletList':
      case 'orderedList':
        return { type: b.kind, content: [{ type: 'listItem', content: [paragraph] }] };
      case 'blockquote':
        return { type: 'blockquote', content: [paragraph] };
      default:
        return paragraph;
    }
  };
  // Every detail is marked once first, so the register knows it; everything after is random.
  const first: PMNode = {
    type: 'paragraph',
    content: details.flatMap((d) => [
      textNode('About ', []),
      textNode(d.text, [], { category: d.category, id: d.id }),
      textNode('. ', []),
    ]),
  };
  const doc: PMNode = { type: 'doc', content: [first, ...spec.blocks.map(block)] };

  const allSpellings = details.flatMap((d) => spellings(d.category, d.words));
  const pick = (n: number) => allSpellings[n % allSpellings.length]!;
  const fields = spec.fields.map((f) => ({
    id: FIELD_IDS[f.category],
    value: f.words.join(' '),
    category: f.category,
  }));
  const distinctFields = fields.filter((f, i) => fields.findIndex((g) => g.id === f.id) === i);

  const secrets: string[] = [];
  const kept: string[] = [...FILLER, 'About', 'Testimony', 'Respectfully submitted', 'Chair', 'c/o', PSEUDONYM];
  for (const d of details) {
    const words = d.category === 'person' ? [d.text, ...d.words] : [d.text];
    (redact.has(d.category) ? secrets : kept).push(...words, ...spellings(d.category, d.words));
  }
  for (const f of distinctFields) (redact.has(f.category) ? secrets : kept).push(f.value);
  const shownOwn = spec.identity === 'full' ? ownParts : spec.identity === 'first' ? ownParts.slice(0, 1) : [];
  kept.push(...shownOwn);
  secrets.push(...ownParts.filter((p) => !shownOwn.includes(p)));

  return {
    author,
    doc,
    terms: {
      identity: spec.identity === 'pseudonym' ? { mode: 'pseudonym', pseudonym: PSEUDONYM } : { mode: spec.identity },
      redact: { categories: [...spec.redact], keep: [] },
    },
    title: `Testimony of ${pick(spec.titlePick)}`,
    shareTitle: `${pick(spec.linePick)} and ${ownParts[1]}`,
    fileName: `${pick(spec.titlePick + 1)} ${ownParts[0]}`,
    headingBlock: [`Testimony about ${pick(spec.linePick)}`, `Chair ${pick(spec.linePick + 1)}`],
    signature: ['Respectfully submitted,', ...distinctFields.map((f, i) => (i % 2 ? `c/o ${f.value}` : f.value))],
    fields: distinctFields,
    secrets: [...new Set(secrets)],
    kept,
  };
}

/**
 * A secret that is part of what legitimately stays (a kept detail, the name shown, filler, a
 * title's fixed words) cannot be told from a leak: such cases are skipped. The leak check also
 * looks with spaces removed (a name split across PDF text items), so a secret spelled across a
 * space inside one kept text ("Juájo Joca" holds "jojo") or across two kept texts that may stand
 * side by side counts as part of what stays too.
 */
export function secretsAreDistinct(c: RegisterLeakCase): boolean {
  const keptFolded = c.kept.map((k) => fold(k));
  const keptSqueezed = [
    ...keptFolded.map(squeeze),
    ...keptFolded.flatMap((a) => keptFolded.map((b) => squeeze(`${a}${b}`))),
  ];
  return c.secrets.every((s) => {
    const f = fold(s);
    const sq = squeeze(f);
    return sq.length >= 4 && !keptFolded.some((k) => k.includes(f)) && !keptSqueezed.some((k) => k.includes(sq));
  });
}
