import fc from 'fast-check';
import type { DocNode as PMNode, StoryDoc } from '../../../../shared/core/story-doc';
import { fold, MIN_FRAGMENT } from './leak-check';

/**
 * Random TipTap documents with identifying details marked sensitive (people and places), some
 * split across runs with different formatting, some inside lists and quotes, plus private notes.
 */
const SYLLABLES = [
  'jo',
  'sé',
  'nú',
  'ñez',
  'ma',
  'rí',
  'ca',
  'são',
  'pau',
  'lo',
  'zoë',
  'mü',
  'ller',
  'łu',
  'kasz',
  'ciu',
  'dad',
  'juá',
  'rez',
  'llín',
  'kra',
  'ków',
  'çe',
  'dvo',
  'řák',
  'ør',
  'sted',
  'iz',
  'mir',
  'ngu',
  'yễn',
  'bø',
  'ğu',
  'șe',
  'ñá',
  'ïa',
  'ő',
  'gré',
  'vil',
  'ñu',
];
const REAL = [
  'José Núñez',
  'São Paulo',
  'María José Pérez',
  'Ciudad Juárez',
  'Zoë Ångström',
  'Đà Nẵng',
  'Chișinău',
  'Łódź',
  'Medellín',
  'Ñuñoa',
  'İzmir',
  'Dvořák',
  'Nguyễn Thị Hương',
  // Right-to-left and CJK names: placeholders beside them are isolated, runs tagged by script.
  'محمد الحداد',
  'فاطمة الزهراء',
  'יוסף כהן',
  '广州市天河区',
  '東京都新宿区',
  'สมชาย ใจดี',
];
export const FILLER = [
  'We waited at the station for hours.',
  'Nobody told us where we were going.',
  'The work started before dawn every day.',
  'I kept a small notebook hidden in my shoe.',
  'Later, a volunteer helped me find a lawyer.',
  'It took three years to feel safe again.',
  'انتظرنا في المحطة لساعات.',
  'חיכינו בתחנה שעות.',
  '我们在车站等了几个小时。',
];
const MARKS = ['bold', 'italic', 'underline'];

const capitalize = (w: string) => [...w][0]!.toUpperCase() + [...w].slice(1).join('');
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }).map((s) => capitalize(s.join('')));
const baseName = fc.oneof(
  fc.constantFrom(...REAL),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
);

/** Mixed case too: "jOSÉ nÚñEZ" must vanish as surely as "José Núñez". */
export const secretArb = fc
  .tuple(
    baseName,
    fc.constantFrom('as-is', 'upper', 'lower', 'mixed'),
    fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
  )
  .map(([name, mode, flips]) => {
    if (mode === 'upper') return name.toUpperCase();
    if (mode === 'lower') return name.toLowerCase();
    if (mode === 'mixed') return [...name].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join('');
    return name;
  })
  .filter((s) => fold(s).replace(/\s+/g, '').length >= 5);

const marksArb = fc.subarray(MARKS);

const segmentArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('filler' as const), text: fc.constantFrom(...FILLER), marks: marksArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('secret' as const),
      text: secretArb,
      category: fc.constantFrom('person', 'place'),
      /** Where the detail is split into two runs (0 = not split), as a fraction of its length. */
      split: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 0.9, noNaN: true })),
      marksA: marksArb,
      marksB: marksArb,
    }),
  },
  // A line break (Shift+Enter) beside a detail, before it or after it, in any block.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('break' as const) }) },
);

export const blockSpecArb = fc.record({
  kind: fc.constantFrom('paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'privateNote'),
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 4 }),
});

export const docSpecArb = fc.array(blockSpecArb, { minLength: 1, maxLength: 6 });

export type BlockSpec = typeof blockSpecArb extends fc.Arbitrary<infer T> ? T : never;

export interface LeakCase {
  doc: StoryDoc;
  /** Every redacted string: whole details and, when split, each long enough piece. */
  secrets: string[];
  /** Text that legitimately stays (filler), to rule out a secret that merely coincides with it. */
  kept: string[];
}

export function buildLeakDoc(spec: BlockSpec[]): LeakCase {
  let nextId = 1;
  const secrets: string[] = [];
  const kept: string[] = [];
  const textNode = (text: string, marks: { type: string; attrs?: Record<string, unknown> }[]): PMNode =>
    marks.length ? { type: 'text', text, marks } : { type: 'text', text };
  const inline = (segments: BlockSpec['segments'], inPrivateNote: boolean): PMNode[] =>
    segments.flatMap((s): PMNode[] => {
      if (s.kind === 'break') return [{ type: 'hardBreak' }];
      if (s.kind === 'filler') {
        if (!inPrivateNote) kept.push(s.text);
        return [
          textNode(
            `${s.text} `,
            s.marks.map((type) => ({ type })),
          ),
        ];
      }
      secrets.push(s.text);
      // In a private note the detail is not even marked: the whole note must go.
      if (inPrivateNote) return [textNode(`${s.text} `, [])];
      const sensitive = { type: 'sensitive', attrs: { category: s.category, id: `d${nextId++}` } };
      const chars = [...s.text];
      const at = Math.round(chars.length * s.split);
      if (s.split === 0 || at <= 0 || at >= chars.length) return [textNode(s.text, [sensitive]), textNode(' ', [])];
      const [a, b] = [chars.slice(0, at).join(''), chars.slice(at).join('')];
      for (const piece of [a, b]) if (fold(piece).replace(/\s+/g, '').length >= MIN_FRAGMENT) secrets.push(piece);
      return [
        textNode(a, [sensitive, ...s.marksA.map((type) => ({ type }))]),
        textNode(b, [
          sensitive,
          ...s.marksB
            .filter((m) => !s.marksA.includes(m) || s.marksB.length !== s.marksA.length)
            .map((type) => ({ type })),
        ]),
        textNode(' ', []),
      ];
    });
  const paragraph = (b: BlockSpec, inPrivateNote = false): PMNode => ({
    type: 'paragraph',
    content: inline(b.segments, inPrivateNote),
  });
  const content = spec.map((b): PMNode => {
    switch (b.kind) {
      case 'heading':
        return { type: 'heading', attrs: { level: 1 + (b.segments.length % 3) }, content: inline(b.segments, false) };
      case 'bulletList':
      case 'orderedList':
        return { type: b.kind, content: [{ type: 'listItem', content: [paragraph(b)] }] };
      case 'blockquote':
        return { type: 'blockquote', content: [paragraph(b)] };
      case 'privateNote':
        return { type: 'privateNote', content: [paragraph(b, true)] };
      default:
        return paragraph(b);
    }
  });
  // Fuzzed marks and categories are stored JSON the transform must read defensively.
  return { doc: { type: 'doc', content } as StoryDoc, secrets, kept };
}
