import type { Block, ExportDocument, InlineRun, TableBlock } from '../../shared/export/export-document';

/*
 * Hand-built documents that between them take every branch of the Word renderer (blocks, lists,
 * quotes, tables and charts, scripts and directions, front matter, page set-up), so the writer can
 * be held to the docx-built reference on each (wordml-matches-docx.test.ts). Each names what it is for.
 */

const p = (...runs: (string | InlineRun)[]): Block => ({
  type: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});
const h = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, runs: [{ text }] });
const item = (...blocks: Block[]) => blocks;
const list = (ordered: boolean, items: Block[][], start?: number): Block => ({
  type: 'list',
  ordered,
  ...(start === undefined ? {} : { start }),
  items,
});
const quote = (...blocks: Block[]): Block => ({ type: 'blockquote', blocks });

const base = (partial: Partial<ExportDocument>): ExportDocument => ({
  language: 'en',
  title: 'Testimony on SB 123',
  byline: 'Q. V.',
  blocks: [],
  paper: 'letter',
  ...partial,
});

const FORMATTED: Block[] = [
  p('Plain, ', { text: 'bold', bold: true }, ', ', { text: 'italic', italic: true }, ', ', {
    text: 'under',
    underline: true,
  }),
  p({ text: 'all three', bold: true, italic: true, underline: true }, ' then plain'),
  // Line breaks: inside, leading (no empty first run), trailing and doubled.
  p('one\ntwo', { text: '\nthree', bold: true }, { text: 'four\n', italic: true }, 'five\n\nsix'),
  p('XML specials & < > " \' and spaces   kept  '),
];

const HEADINGS: Block[] = [
  h(1, 'What happened'),
  h(2, 'Where'),
  h(3, 'When'),
  { type: 'heading', level: 2, runs: [{ text: '0:45' }], timeMark: true },
  { type: 'heading', level: 1, runs: [{ text: 'ما حدث', bold: true }] },
  { type: 'heading', level: 3, runs: [{ text: 'الدقيقة 1' }], timeMark: true },
];

/** Deeper than Word's nine list levels: the level stops at 8. */
const deepList = (depth: number): Block =>
  list(depth % 2 === 0, [
    item(p(`level ${depth}`), ...(depth < 11 ? [deepList(depth + 1)] : [p('second paragraph, deepest')])),
  ]);

const LISTS: Block[] = [
  list(false, [item(p('bullet one')), item(p('bullet two'), p('its second paragraph'), p('and third'))]),
  list(true, [item(p('first')), item(p('second'))]),
  list(true, [item(p('third')), item(p('fourth'))], 3),
  list(true, [item(p('again from three'))], 3),
  list(true, [item(p('zero start is one'))], 0),
  list(true, [item(p('forty-two'))], 42),
  list(false, [
    item(p('outer'), list(true, [item(p('inner ordered'), list(false, [item(p('innermost'))]))], 5)),
    item(p('outer again'), p('after the nested list')),
  ]),
  // An item that does not start with a paragraph.
  list(false, [item(list(true, [item(p('list first in item'))])), item(h(2, 'heading first in item'))]),
  list(true, [item(quote(p('quote in a list item'))), item(p('then plain'))]),
  deepList(0),
];

const QUOTES: Block[] = [
  quote(p('A quoted paragraph.'), p({ text: 'bold quoted', bold: true })),
  quote(p('outer'), quote(p('nested once'), quote(p('nested twice'))), p('outer again')),
  quote(list(false, [item(p('list in a quote'), p('second paragraph'))]), list(true, [item(p('numbered'))], 7)),
  quote(h(2, 'heading in a quote'), list(false, [item(p('x'), list(false, [item(p('nested in quote'))]))])),
];

export const BARS: TableBlock = {
  type: 'table',
  caption: 'Asks & outcomes',
  header: ['Asks', 'Number'],
  rows: [
    ['Won', '2'],
    ['Lost', '1'],
  ],
  chart: { kind: 'bars', valueColumn: 1, summary: 'Of 3 asks: 2 won, 1 lost.' },
};
export const STACKED: TableBlock = {
  type: 'table',
  caption: 'Engagements by month',
  header: ['Month', 'Meetings', 'Calls'],
  rows: [
    ['2027-01', '3', '1'],
    ['2027-02', '5', '2'],
  ],
  chart: { kind: 'stacked', seriesColumns: [1, 2], summary: 'Meetings outnumbered calls each month.' },
};
export const TIMELINE: TableBlock = {
  type: 'table',
  caption: 'Timeline',
  header: ['Line', 'Date', 'Count'],
  rows: [
    ['Hearings', '2027-03-01', '1'],
    ['Visits', '2027-04', '4'],
  ],
  chart: { kind: 'timeline', dateColumn: 1, countColumn: 2, summary: 'Hearings came before visits.' },
};
const PLAIN_TABLE: TableBlock = {
  type: 'table',
  caption: 'Plain table <no chart>',
  header: ['Name', 'Count', ''],
  rows: [
    ['A "quoted" row', '12', 'x'],
    ['عربي', '3', ''],
    ['短い', '', '4'],
    ['a short row'],
    ['a long row', '1', '2', '3'],
  ],
};
const EMPTY_TABLE: TableBlock = { type: 'table', caption: 'Dropped', header: ['A'], rows: [] };

const TABLES: Block[] = [
  p('Before the tables.'),
  PLAIN_TABLE,
  PLAIN_TABLE,
  EMPTY_TABLE,
  list(false, [item(p('a table in a list'), PLAIN_TABLE)]),
  quote(PLAIN_TABLE),
];

const CHARTS: Block[] = [
  BARS,
  STACKED,
  TIMELINE,
  list(true, [item(p('chart in a list'), { ...BARS, caption: 'Second bars' })]),
];

const RTL: Block[] = [
  p('قالت M. R. إنها غادرت المدينة مع [name withheld] في ٢٠١٩.'),
  p({ text: 'שלום ', bold: true }, { text: 'עולם', italic: true }, ' and English [place withheld] '),
  p('English first, then عربي and עברית, then English.'),
  p('Then M. R. left; no right-to-left letters here.'),
  p('السادة [nombre omitido] و M. R. وM. R.'),
  list(false, [item(p('بند أول')), item(p('פריט שני'))]),
  quote(p('اقتباس بالعربية')),
];

const SCRIPTS: Block[] = [
  p('中文段落，这个国家。'),
  p('繁體中文：這個國會們說。'),
  p('日本語のひらがなとカタカナ。'),
  p('漢字だけ'),
  p('한국어 문장입니다.'),
  p('ภาษาไทย ไม่มีช่องว่าง', { text: ' ตัวหนา', bold: true, italic: true }),
  p('Tiếng Việt có dấu: người, đường, ở đây.'),
  p('Mixed: English, 中文, العربية, ไทย, 한국어, Tiếng Việt, עברית.'),
  p('Emoji 👩🏽‍⚖️ and combining é (e\u0301) and no-break\u00a0space.'),
];

const ALL_BLOCKS: Block[] = [...FORMATTED, ...HEADINGS, ...LISTS, ...QUOTES, ...TABLES];

/** Documents without charts; each chart document is listed in CHART_DOCUMENTS. */
export const CORPUS: [string, ExportDocument][] = [
  ['empty', base({ title: null, byline: null })],
  ['formatted runs and line breaks', base({ blocks: FORMATTED })],
  ['headings, time marks', base({ blocks: HEADINGS })],
  ['lists: starts, nesting, multi-paragraph items, deep levels', base({ blocks: LISTS })],
  ['quotes: nested, lists and headings inside', base({ blocks: QUOTES })],
  ['tables without charts, in lists and quotes', base({ blocks: TABLES })],
  ['right-to-left text with identity and placeholders', base({ blocks: RTL, identity: 'M. R.' })],
  ['right-to-left text, no identity', base({ blocks: RTL })],
  ['CJK, Thai, Vietnamese, mixed scripts', base({ blocks: SCRIPTS })],
  ['Japanese document tags kanji-only lines ja', base({ blocks: [p('漢字だけの見出し'), p('ひらがな')] })],
  ['Korean document', base({ blocks: [p('中文'), p('한국어'), p('한국어 두 번째')] })],
  ['Traditional Chinese document', base({ blocks: [h(1, '這個國會'), p('們說這個')] })],
  ['Spanish', base({ language: 'es', blocks: [...FORMATTED, ...RTL], runningHeader: 'M. R. • SB 1042' })],
  ['A4', base({ paper: 'a4', blocks: FORMATTED })],
  ['numbered paragraphs', base({ numberedParagraphs: true, blocks: ALL_BLOCKS })],
  ['numbered paragraphs, Spanish A4', base({ numberedParagraphs: true, language: 'es', paper: 'a4', blocks: LISTS })],
  ['running header', base({ runningHeader: 'M. R. • SB 1042 & <more>', blocks: FORMATTED })],
  ['podium', base({ layout: 'podium', blocks: [...HEADINGS, ...QUOTES, p(`${'Word '.repeat(120)}end.`)] })],
  [
    'podium, time marks first, no title',
    base({
      layout: 'podium',
      title: null,
      blocks: [{ type: 'heading', level: 2, runs: [{ text: '0:00' }], timeMark: true }, p('Opening.')],
    }),
  ],
  [
    'full front matter',
    base({
      headingBlock: ['M. • SB 123 • 1 March 2027', 'Senate Judiciary Committee'],
      salutation: 'Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:',
      coverNote: 'Shared for the hearing on SB 123 only.\nNot to be copied.',
      signature: ['Q. V.', 'Constituent', 'Springfield'],
      blocks: ALL_BLOCKS,
    }),
  ],
  [
    'centred caption, title first',
    base({ headingBlock: ['UNITED STATES CONGRESS', 'Hearing'], captionCentered: true, titleFirst: true }),
  ],
  ['title first without heading block', base({ titleFirst: true, blocks: FORMATTED })],
  [
    'front matter in other scripts than the body',
    base({
      title: '東京での証言',
      byline: 'ภาษาไทย',
      headingBlock: ['这个委员会', 'Tiếng Việt người'],
      salutation: '한국어 인사',
      signature: ['שלום', 'Q. V.'],
      blocks: [p('English body only.')],
    }),
  ],
  ['byline under the first heading when untitled', base({ title: null, blocks: [h(1, 'My story'), p('Text.')] })],
  ['untitled, byline, first block a time mark', base({ title: null, blocks: HEADINGS.slice(3) })],
  ['untitled, byline, first block a paragraph', base({ title: null, blocks: FORMATTED })],
  ['title without byline', base({ byline: null, blocks: [h(1, 'Heading'), p('x')] })],
  [
    'right-to-left front matter',
    base({
      title: 'شهادتي',
      byline: 'سارة',
      identity: 'سارة',
      headingBlock: ['لجنة العدل في مجلس الشيوخ', 'Testimony of M. R. on SB 9'],
      captionCentered: true,
      salutation: 'السادة أعضاء اللجنة، تحية طيبة:',
      coverNote: 'ملاحظة الغلاف',
      signature: ['الشاهدة سارة', 'M. R.', '[organization withheld] في القدس'],
      runningHeader: 'سارة • SB 9',
      blocks: RTL,
    }),
  ],
  [
    'fields the renderer cleans: blank, control characters, whitespace',
    base({
      title: '  \u0007Title with\u0000 controls  ',
      byline: '   ',
      headingBlock: ['', '  line  ', '\u0001'],
      salutation: '',
      coverNote: '  ',
      signature: ['', 'Name'],
      runningHeader: ' ',
      identity: ' ',
      blocks: [
        p('   '),
        p(''),
        p('a\u0000b\u0008c\u000bd\ufffee'),
        h(1, ' '),
        list(true, [item(p(' '))]),
        quote(p('')),
      ],
    }),
  ],
];

/** Documents with charts: drawn from chartPictures, and again with every chart given the no-font note. */
export const CHART_DOCUMENTS: [string, ExportDocument][] = [
  ['bar, stacked and timeline charts', base({ blocks: CHARTS })],
  ['charts in Spanish, A4, numbered', base({ language: 'es', paper: 'a4', numberedParagraphs: true, blocks: CHARTS })],
];
