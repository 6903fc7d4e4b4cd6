import fc from 'fast-check';
import { cleanLine } from '../../shared/export/clean-text';
import type { Block, ExportDocument, InlineRun, TableBlock } from '../../shared/export/export-document';

/*
 * Random export documents for properties over the renderers: text that tends to break writers
 * (XML specials, control characters, lone surrogates, emoji, right-to-left and CJK letters,
 * placeholders and the witness's identity beside them, empty and whitespace-only runs), in every
 * block type and front-matter field. No charts: their pictures are slow to draw.
 */

const IDENTITY = 'M. R.';

const FRAGMENTS = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  ']]>',
  '\u0000',
  '\u0007',
  '\u000b',
  '\u001f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\t',
  '\r\n',
  '\n',
  '\u2028',
  ' ',
  '   ',
  '\u00a0',
  '👩🏽‍⚖️',
  '😀',
  'عربي',
  '٢٠١٩',
  'עברית',
  '中文这个',
  '這個們',
  'ひらがな',
  '한국어',
  'ภาษาไทย',
  'Tiếng Việt người',
  'e\u0301',
  '\u2068',
  '\u200f',
  '[name withheld]',
  '[nombre omitido]',
  IDENTITY,
  'word',
  'Plain words here.',
];

/** Text built from troublesome pieces, now and then with arbitrary code points (lone surrogates too). */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '  \n  ') },
);

const runArb: fc.Arbitrary<InlineRun> = fc.record(
  { text: textArb, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() },
  { requiredKeys: ['text'] },
);
const runsArb = fc.array(runArb, { minLength: 0, maxLength: 4 });

/** Table cells come through the release gate already cleaned (typesetTable), so they are cleaned here too. */
const cellArb = textArb.map(cleanLine);
const tableArb: fc.Arbitrary<TableBlock> = fc
  .record({ caption: cellArb, columns: fc.integer({ min: 1, max: 3 }), cells: fc.array(cellArb, { maxLength: 9 }) })
  .map(({ caption, columns, cells }) => ({
    type: 'table',
    caption,
    header: Array.from({ length: columns }, (_, i) => cells[i] ?? `H${i}`),
    rows: Array.from({ length: Math.ceil(cells.length / columns) }, (_, r) =>
      cells.slice(r * columns, r * columns + columns),
    ),
  }));

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('paragraph' as const), runs: runsArb }),
    fc.record(
      {
        type: fc.constant('heading' as const),
        level: fc.constantFrom(1 as const, 2 as const, 3 as const),
        runs: runsArb,
        timeMark: fc.boolean(),
      },
      { requiredKeys: ['type', 'level', 'runs'] },
    ),
    fc.record(
      {
        type: fc.constant('list' as const),
        ordered: fc.boolean(),
        start: fc.integer({ min: -1, max: 12 }),
        items: fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['type', 'ordered', 'items'] },
    ),
    fc.record({ type: fc.constant('blockquote' as const), blocks: fc.array(tie('block'), { maxLength: 3 }) }),
    tableArb,
  ),
}));

const lines = fc.array(textArb, { maxLength: 3 });

export const exportDocumentArb: fc.Arbitrary<ExportDocument> = fc.record(
  {
    language: fc.constantFrom('en' as const, 'es' as const),
    layout: fc.constantFrom('standard' as const, 'podium' as const),
    title: fc.option(textArb),
    byline: fc.option(textArb),
    headingBlock: lines,
    captionCentered: fc.boolean(),
    titleFirst: fc.boolean(),
    salutation: textArb,
    coverNote: textArb,
    blocks: fc.array(block, { maxLength: 6 }),
    numberedParagraphs: fc.boolean(),
    signature: lines,
    runningHeader: textArb,
    identity: fc.constantFrom(IDENTITY, 'عربي', ''),
    paper: fc.constantFrom('letter' as const, 'a4' as const),
  },
  { requiredKeys: ['language', 'title', 'byline', 'blocks', 'paper'] },
);
