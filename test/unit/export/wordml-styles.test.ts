import { describe, expect, it } from 'vitest';
import { orderedStarts } from '../../support/docx-oracle/blocks';
import { renderDocxPartsWithDocx as renderDocxParts } from '../../support/docx-oracle/render-with-docx';
import { scrubDocxParts } from '../../../electron/export/scrub-docx';
import { numPrXml, WordNumbering } from '../../../electron/export/wordml/wordml-numbering';
import { BULLET_NUMBERING, orderedNumbering, PARAGRAPH_NUMBERING } from '../../../electron/export/wordml/wordml-names';
import { stylesXml } from '../../../electron/export/wordml/wordml-styles';
import { readZip, type ZipEntry } from '../../../electron/export/zip';
import { LANGS } from '../../../shared/core/lang-codes';
import { bylinePlacement } from '../../../shared/export/byline-placement';
import type { Block, DocumentLayout, ExportDocument } from '../../../shared/export/export-document';
import { normalizeExportDocument } from '../../../shared/export/normalize-export-document';
import { blockTexts, documentCjkLanguage, type CjkLanguage } from '../../../shared/export/script-runs';
import { exportDoc } from './helpers/fixtures';

/*
 * The hand-written styles and numbering parts against the docx package's, after the scrubber both
 * go through: the docx-built package with its part swapped for ours must scrub to the same bytes.
 */

/** The scrubbed package, with `name` replaced by `xml` when given. */
function scrubbed(parts: readonly ZipEntry[], name: string, xml?: string): Map<string, string> {
  const swapped = parts.map((p) => (p.name === name && xml !== undefined ? { name, data: Buffer.from(xml) } : p));
  const zip = readZip(scrubDocxParts(swapped, { title: null }));
  return new Map(zip.map((e) => [e.name, e.data.toString('utf8')]));
}

/** Equal, or a failure that shows where the two first differ. */
function expectSame(mine: string | undefined, reference: string | undefined, what: string) {
  const a = mine ?? '';
  const b = reference ?? '';
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 75), at + 75);
  expect(a === b, `${what} differs at ${at}:\n mine: ${around(a)}\n docx: ${around(b)}`).toBe(true);
}

function expectPartEqual(doc: ExportDocument, name: string, xml: string) {
  const parts = renderDocxParts(doc);
  const reference = scrubbed(parts, name);
  const mine = scrubbed(parts, name, xml);
  expectSame(mine.get(name), reference.get(name), name);
  expect([...mine.keys()]).toEqual([...reference.keys()]);
}

const paragraph = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
const list = (ordered: boolean, items: Block[][], start?: number): Block => ({
  type: 'list',
  ordered,
  ...(start === undefined ? {} : { start }),
  items,
});

/** A text in which cjkLanguage finds each East Asian language (checked below). */
const CJK_TEXT: Record<CjkLanguage, string> = {
  ja: '日本語のひらがなとカタカナ',
  ko: '한국어 문장입니다',
  'zh-CN': '这个国会的听证',
  'zh-TW': '這個國會的聽證',
};
const CJKS: (CjkLanguage | null)[] = [null, ...(Object.keys(CJK_TEXT) as CjkLanguage[])];
const LAYOUTS: DocumentLayout[] = ['standard', 'podium'];

describe('stylesXml', () => {
  const cases = LANGS.flatMap((language) =>
    CJKS.flatMap((cjk) => LAYOUTS.map((layout) => [language, cjk, layout] as const)),
  );
  it.each(cases)('writes docx’s styles.xml for %s, %s, %s', (language, cjk, layout) => {
    const blocks = [paragraph(cjk ? CJK_TEXT[cjk] : 'Plain words.')];
    expect(documentCjkLanguage(blockTexts(blocks))).toBe(cjk);
    const doc = exportDoc({ language, layout, blocks });
    expectPartEqual(doc, 'word/styles.xml', stylesXml(language, cjk, layout));
  });
});

/**
 * The numbering uses docx-blocks.ts makes, walked the same way: each list takes the next instance,
 * numbered paragraphs and a numbered document's top-level list items use the paragraph numbering
 * without an instance (docx's `custom: true`). Gives the w:numPr each numbered paragraph writes.
 */
function numberingUses(input: ExportDocument, numbering: WordNumbering): string[] {
  const doc = normalizeExportDocument(input);
  const out: string[] = [];
  interface Ctx {
    topLevel: boolean;
    numbered: boolean;
    listLevel: number;
    quoteDepth: number;
    next: { value: number };
  }
  const walk = (block: Block, ctx: Ctx): void => {
    if (block.type === 'paragraph' && ctx.topLevel && ctx.numbered) {
      out.push(numPrXml(numbering.numId(PARAGRAPH_NUMBERING, undefined), 0));
    } else if (block.type === 'blockquote') {
      const inner = { ...ctx, topLevel: ctx.topLevel && ctx.quoteDepth === 0, quoteDepth: ctx.quoteDepth + 1 };
      block.blocks.forEach((b) => walk(b, inner));
    } else if (block.type === 'list') {
      const level = Math.min(ctx.listLevel + 1, 8);
      const instance = ctx.next.value++;
      const continues = ctx.numbered && ctx.topLevel && ctx.listLevel === -1;
      const reference = block.ordered ? orderedNumbering(block.start ?? 1) : BULLET_NUMBERING;
      const inner = { ...ctx, topLevel: false, listLevel: level };
      for (const item of block.items) {
        item.forEach((b, i) => {
          if (b.type === 'paragraph' && i === 0) {
            out.push(
              continues
                ? numPrXml(numbering.numId(PARAGRAPH_NUMBERING, undefined), 0)
                : numPrXml(numbering.numId(reference, instance), level),
            );
          } else if (b.type !== 'paragraph') walk(b, inner);
        });
      }
    }
  };
  // render-docx writes the blocks before the byline, then the rest, each from instance 1.
  const { lead, rest } = bylinePlacement(doc);
  for (const [blocks, numbered] of [
    [lead, false],
    [rest, doc.numberedParagraphs === true],
  ] as const) {
    const ctx: Ctx = { topLevel: true, numbered, listLevel: -1, quoteDepth: 0, next: { value: 1 } };
    blocks.forEach((b) => walk(b, ctx));
  }
  return out;
}

const bullets = list(false, [[paragraph('one')], [paragraph('two')]]);
const nested = list(false, [
  [
    paragraph('outer'),
    list(true, [[paragraph('inner'), list(false, [[paragraph('deepest')]]), paragraph('more of inner')]], 3),
  ],
  [paragraph('second outer')],
]);
const numberingDocs: [string, Partial<ExportDocument>][] = [
  ['no lists', { blocks: [paragraph('Just words.')] }],
  ['bullets', { blocks: [bullets] }],
  [
    'ordered lists starting at 1, 3 and 7',
    {
      blocks: [
        list(true, [[paragraph('a')], [paragraph('b')]]),
        list(true, [[paragraph('c')]], 3),
        list(true, [[paragraph('d')]], 7),
      ],
    },
  ],
  ['nested lists', { blocks: [paragraph('Before.'), nested] }],
  [
    'numbered paragraphs with a top-level list and a quotation',
    {
      numberedParagraphs: true,
      blocks: [
        paragraph('First.'),
        nested,
        { type: 'blockquote', blocks: [paragraph('Quoted.'), bullets] },
        paragraph('Last.'),
      ],
    },
  ],
  [
    'numbered paragraphs around a quotation in a quotation, and an item that opens with a list',
    {
      numberedParagraphs: true,
      layout: 'podium',
      blocks: [
        { type: 'blockquote', blocks: [{ type: 'blockquote', blocks: [paragraph('Deep.'), bullets] }] },
        list(true, [[list(false, [[paragraph('first inside')]]), paragraph('then text')]], 2),
        paragraph('After.'),
      ],
    },
  ],
  ['two lists of the same kind', { blocks: [bullets, paragraph('Between.'), bullets, list(true, [[paragraph('x')]])] }],
  [
    'a list under a byline placed after the first heading',
    { title: null, blocks: [{ type: 'heading', level: 1, runs: [{ text: 'Heading' }] }, bullets, bullets] },
  ],
];

describe('WordNumbering', () => {
  it.each(numberingDocs)('writes docx’s numbering.xml and numIds: %s', (_, partial) => {
    const doc = exportDoc(partial);
    const numbering = new WordNumbering(orderedStarts(normalizeExportDocument(doc).blocks));
    const uses = numberingUses(doc, numbering);

    const parts = renderDocxParts(doc);
    const reference = scrubbed(parts, 'word/numbering.xml');
    const documentXml = reference.get('word/document.xml') ?? '';
    expect(uses).toEqual(documentXml.match(/<w:numPr>.*?<\/w:numPr>/g) ?? []);

    const mine = scrubbed(parts, 'word/numbering.xml', numbering.xml());
    expectSame(mine.get('word/numbering.xml'), reference.get('word/numbering.xml'), 'word/numbering.xml');
  });

  it('refuses a list it has no definition for, rather than writing a dangling numId', () => {
    expect(() => new WordNumbering(new Set([1])).numId(orderedNumbering(4), 1)).toThrow(/ordered-4/);
  });
});
