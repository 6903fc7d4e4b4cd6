import { describe, expect, it } from 'vitest';
import { exportDocx, exportPdf } from '../../../electron/export/index';
import type { StoryDoc } from '../../../shared/core/story-doc';
import type { Block, ExportDocument, ExportLanguage } from '../../../shared/export/export-document';
import { fromDoc } from '../../../shared/export/from-doc';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { releaseDocument } from '../../../shared/release/release-gate';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { docxHaystacks } from './helpers/export-haystacks';
import { author, exportDoc, para, sensitive, terms, text } from './helpers/fixtures';
import { findLeak, prepare } from './helpers/leak-check';
import { lineExtent, pdfjsPages, readLine } from './helpers/pdfjs-lines';
import { allPdfHaystacks } from './helpers/pdfjs-text';
import { useChromiumPrinter } from './helpers/shared-printer';

const printer = useChromiumPrinter();
const FSI = '\u2068';
const PDI = '\u2069';

/** An Arabic sentence naming someone, the name marked as a person: the gate puts a placeholder there. */
const SECRET = 'Karim Haddad';
const arabicStory = (name = SECRET): StoryDoc => ({
  type: 'doc',
  content: [
    para(text('قال '), sensitive(name, 'person', 'p1'), text(' إنه غادر المدينة.')),
    para(text('我们在会议上发言。')),
  ],
});

function released(language: ExportLanguage, redact = true, name = SECRET): ExportDocument {
  const out = releaseDocument(
    { body: arabicStory(name) },
    { terms: terms(redact ? ['person'] : []), author, language },
  );
  return exportDoc({ language, title: null, byline: null, blocks: fromDoc(out.body!), paper: 'a4' });
}

/** Each <w:p> of the body with its paragraph and run properties, as written. */
const paragraphs = (docx: Buffer) =>
  [
    ...docxParts(docx)
      .get('word/document.xml')!
      .matchAll(/<w:p>([\s\S]*?)<\/w:p>/g),
  ].map((m) => m[1]!);

describe('right-to-left and CJK in the DOCX', () => {
  it('an Arabic paragraph is right-to-left (w:bidi), its runs w:rtl in Arabic, the English placeholder isolated', async () => {
    const docx = await exportDocx(released('en'));
    const [arabic, chinese] = paragraphs(docx);
    expect(arabic).toMatch(/^<w:pPr><w:widowControl\/><w:bidi\/>/);
    const runs = [...arabic!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    const texts = runs.map((r) => joinedText(r));
    expect(texts).toEqual(['قال ', `${FSI}[name withheld]${PDI}`, ' إنه غادر المدينة.']);
    for (const i of [0, 2]) {
      expect(runs[i]).toContain('<w:rtl/>');
      expect(runs[i]).toContain('<w:lang w:val="en-US" w:bidi="ar-SA"/>');
      expect(runs[i]).toContain('w:cs="Noto Naskh Arabic"');
    }
    // The placeholder is in the document's language, left-to-right inside its isolate.
    expect(runs[1]).not.toMatch(/<w:rtl|<w:lang/);
    // Chinese: no direction, East Asian language and font on the run and as the document default.
    expect(chinese).not.toContain('<w:bidi/>');
    expect(chinese).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(chinese).toContain('w:eastAsia="Noto Serif CJK SC"');
    expect(docxParts(docx).get('word/styles.xml')).toMatch(
      /<w:docDefaults>[\s\S]*<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"\/>[\s\S]*<\/w:docDefaults>/,
    );
  });

  it('puts the Spanish placeholder in the isolate in a Spanish document, and Japanese is the default East Asian language of a Japanese text', async () => {
    const docx = await exportDocx(released('es'));
    expect(joinedText(paragraphs(docx)[0]!)).toBe(`قال ${FSI}[nombre omitido]${PDI} إنه غادر المدينة.`);
    const ja = await exportDocx(
      exportDoc({ blocks: [{ type: 'paragraph', runs: [{ text: '私は会議で話しました。' }] }] }),
    );
    expect(docxParts(ja).get('word/styles.xml')).toContain('<w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/>');
    expect(paragraphs(ja).at(-1)).toContain('w:eastAsia="Noto Serif CJK JP"');
  });

  it('sets direction on right-to-left headings and list items, and leaves left-to-right text as it was', async () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, runs: [{ text: 'شهادة' }] },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', runs: [{ text: 'בנד אחד' }] }]] },
      { type: 'paragraph', runs: [{ text: 'He met [name withheld] in English.' }] },
    ];
    const [heading, item, english] = paragraphs(await exportDocx(exportDoc({ title: null, byline: null, blocks })));
    expect(heading).toMatch(/<w:pPr><w:pStyle w:val="Heading1"\/>[\s\S]*<w:bidi\/>/);
    expect(item).toContain('<w:bidi/>');
    expect(item).toContain('<w:lang w:val="en-US" w:bidi="he-IL"/>');
    expect(english).not.toMatch(/<w:bidi\/>|<w:rtl\/>|<w:lang|\u2068/);
  });

  it.each([
    ['in Latin letters', SECRET, ['Karim', 'Haddad']],
    ['in Arabic', 'كريم حداد', ['كريم', 'حداد']],
  ])(
    'the redacted name (%s) stays absent from the whole DOCX and PDF with the isolates present',
    async (_, secret, pieces) => {
      const doc = released('en', true, secret);
      const docx = await exportDocx(doc);
      expect(joinedText(docxParts(docx).get('word/document.xml')!)).toContain(FSI);
      const pdf = await exportPdf(doc, printer());
      for (const s of [secret, ...pieces]) {
        expect(findLeak(s, prepare(docxHaystacks(docx)))).toBeNull();
        expect(findLeak(s, prepare(await allPdfHaystacks(pdf)))).toBeNull();
      }
      // The same checks do find the name when nothing is withheld (in a PDF, Arabic is read backwards too).
      const kept = released('en', false, secret);
      expect(findLeak(secret, prepare(docxHaystacks(await exportDocx(kept))))).not.toBeNull();
      expect(findLeak(secret, prepare(await allPdfHaystacks(await exportPdf(kept, printer()))))).not.toBeNull();
    },
  );
});

describe('right-to-left and CJK in the print HTML', () => {
  it('gives right-to-left blocks dir="rtl", placeholders <bdi>, other scripts lang, and escapes inside them', () => {
    const html = renderPrintHtml(
      exportDoc({
        title: 'تقرير',
        blocks: [
          ...fromDoc(
            releaseDocument({ body: arabicStory() }, { terms: terms(['person']), author, language: 'en' }).body!,
          ),
          { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'שלום & <>' }] }]] },
          { type: 'heading', level: 2, runs: [{ text: 'สวัสดี' }] },
          { type: 'paragraph', runs: [{ text: 'Tôi đã rời khỏi nhà.' }] },
        ],
      }),
    );
    expect(html).toContain('<h1 class="title" dir="rtl"><span lang="ar">تقرير</span></h1>');
    expect(html).toContain(
      '<p dir="rtl"><span lang="ar">قال </span><bdi>[name withheld]</bdi><span lang="ar"> إنه غادر المدينة.</span></p>',
    );
    expect(html).toContain('<p><span lang="zh-CN">我们在会议上发言。</span></p>');
    expect(html).toContain(
      '<ul dir="rtl"><li dir="rtl"><p dir="rtl"><span lang="he">שלום &amp; &lt;&gt;</span></p></li></ul>',
    );
    expect(html).toContain('<h3><span lang="th">สวัสดี</span></h3>');
    expect(html).toContain('<p><span lang="vi">Tôi đã rời khỏi nhà.</span></p>');
    expect(html).toContain(':lang(ar) { font-family: "Noto Naskh Arabic", "Amiri"');
    expect(html).toContain(':lang(zh-CN) { font-family: "AR PL UMing CN"');
    // Nothing is forced to the left: right-to-left blocks start on the right.
    expect(html).not.toMatch(/text-align:\s*left/);
  });

  it('leaves a left-to-right document without dir, bdi or lang markup', () => {
    const html = renderPrintHtml(
      exportDoc({ blocks: [{ type: 'paragraph', runs: [{ text: 'We met [name withheld] there.' }] }] }),
    );
    expect(html.split('<body>')[1]).not.toMatch(/dir=|<bdi>|<span lang/);
  });
});

/** The PDF's first line read right to left (pdfjs-lines.ts: an English placeholder keeps its own order). */
async function firstLineRightToLeft(pdf: Buffer): Promise<{ text: string; right: number; left: number }> {
  const [page] = await pdfjsPages(pdf);
  const line = page!.lines[0]!;
  return { text: readLine(line, 'rtl'), ...lineExtent(line) };
}

describe('right-to-left in the PDF', () => {
  it('lays an Arabic paragraph out from the right with the placeholder in its place: read right to left, it is the sentence as written', async () => {
    const pdf = await exportPdf(released('en'), printer());
    const line = await firstLineRightToLeft(pdf);
    expect(line.text).toBe('قال [name withheld] إنه غادر المدينة.');
    // It starts at the right margin of the A4 page (595.28 pt wide, 1 in = 72 pt margins), not the left.
    expect(Math.abs(line.right - (595.28 - 72))).toBeLessThan(2);
    expect(line.left).toBeGreaterThan(72 + 100);
  });
});
