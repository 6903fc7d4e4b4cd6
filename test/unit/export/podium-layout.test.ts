import { describe, expect, it } from 'vitest';
import { exportDocx, exportPdf } from '../../../electron/export/index';
import type { Block, ExportDocument } from '../../../shared/export/export-document';
import { exportDocumentSchema } from '../../../shared/export/export-document-schema';
import { fromDoc } from '../../../shared/export/from-doc';
import { normalizeExportDocument } from '../../../shared/export/normalize-export-document';
import { PODIUM_PARAGRAPH_WORDS } from '../../../shared/export/podium';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { releaseDocument } from '../../../shared/release/release-gate';
import { countWords } from '../../../shared/story/word-count';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { buildTestimonyExport } from '../../../shared/testimony/build-testimony-export';
import type { TestimonyData } from '../../../shared/testimony/testimony-data';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { filledTestimony } from '../../support/fill-template';
import { author, terms } from './helpers/fixtures';
import { pdfjsText } from './helpers/pdfjs-text';
import { useChromiumPrinter } from './helpers/shared-printer';

const printer = useChromiumPrinter();

/** n words as sentences of ten words each ("Word1 word2 … word10."), numbered so each is distinct. */
function sentences(id: string, count: number): string {
  return Array.from(
    { length: count },
    (_, s) => `${id}${s} ${Array.from({ length: 8 }, () => 'word').join(' ')} end.`,
  ).join(' ');
}

/**
 * A 3-minute script at 120 words a minute (two words a second): greeting 30 words (15 s),
 * introduction 60 (30 s), story 120 with a quotation (60 s + the quote), ask 20, thanks 10.
 */
function script(language: 'en' | 'es' = 'en'): TestimonyData {
  const t = filledTestimony(builtInTemplate('oral-script')!, language);
  t.speakingRate = 120;
  t.sections.greeting = { text: sentences('greeting', 3), excerpts: [] };
  t.sections.introduction = { text: sentences('intro', 6), excerpts: [] };
  t.sections.story = {
    text: sentences('story', 12),
    excerpts: [
      {
        storyId: 's1',
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'I could not leave.' }] }] },
      } as TestimonyData['sections'][string]['excerpts'][number],
    ],
  };
  t.sections.ask = { text: sentences('ask', 2), excerpts: [] };
  t.sections.thanks = { text: sentences('thanks', 1), excerpts: [] };
  return t;
}

/** The document as it leaves: built as the pipeline builds it, the body released through the one gate. */
function released(t: TestimonyData, language: 'en' | 'es' = 'en'): ExportDocument {
  const built = buildTestimonyExport(t, { language, witness: 'M.' });
  const out = releaseDocument({ body: built.doc }, { terms: terms([]), author, language });
  return {
    language,
    layout: built.layout,
    title: null,
    byline: null,
    headingBlock: built.headingBlock,
    blocks: fromDoc(out.body!),
    paper: built.paper,
  };
}

const timeMarks = (blocks: Block[]) =>
  blocks.filter((b) => b.type === 'heading' && b.timeMark).map((b) => (b.type === 'heading' ? b.runs[0]!.text : ''));

describe('a spoken script is laid out for reading at a podium', () => {
  it('the document model: podium layout, each section after its start time at the person’s pace', () => {
    const doc = released(script());
    expect(doc.layout).toBe('podium');
    // 30 words, 60, 120 + 4 (the quote), 20 at two words a second.
    expect(timeMarks(doc.blocks)).toEqual(['0:00', '0:15', '0:45', '1:47', '1:57']);
    // Each mark comes right before its section's first words.
    const at = doc.blocks.findIndex((b) => b.type === 'heading' && b.timeMark && b.runs[0]!.text === '0:45');
    expect(doc.blocks[at + 1]).toMatchObject({
      type: 'paragraph',
      runs: [{ text: expect.stringMatching(/^story0 /) }],
    });
    expect(exportDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('written templates keep the standard layout and carry no time marks', () => {
    const t = filledTestimony(builtInTemplate('us-state-written')!);
    const doc = released(t);
    expect(doc.layout).toBe('standard');
    expect(timeMarks(doc.blocks)).toEqual([]);
  });

  it('a stored story cannot pass its own heading off as a time mark', () => {
    const doc = fromDoc({
      type: 'doc',
      content: [{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '9:99' }] }],
    });
    expect(timeMarks(doc)).toEqual([]);
  });

  it('long paragraphs are split at sentence ends into short ones; formatting and every word kept', () => {
    const long = sentences('s', 10); // 100 words
    const blocks: Block[] = [
      { type: 'paragraph', runs: [{ text: long.slice(0, 30) }, { text: long.slice(30), bold: true }] },
      { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: long }] }] },
      { type: 'paragraph', runs: [{ text: 'Short. Stays whole.' }] },
    ];
    const podium = normalizeExportDocument({
      language: 'en',
      layout: 'podium',
      title: null,
      byline: null,
      blocks,
      paper: 'letter',
    });
    const paragraphs = podium.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs.length).toBe(4);
    for (const p of paragraphs) {
      const text = p.runs.map((r) => r.text).join('');
      expect(countWords(text)).toBeLessThanOrEqual(PODIUM_PARAGRAPH_WORDS);
      expect(text).toMatch(/^\S.*\.$/s);
    }
    expect(paragraphs[0]!.runs[0]).toEqual({ text: long.slice(0, 30) });
    expect(paragraphs[0]!.runs[1]!.bold).toBe(true);
    const words = (bs: Block[]): string =>
      bs
        .map((b) =>
          b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.type === 'blockquote' ? words(b.blocks) : '',
        )
        .join(' ');
    expect(words(podium.blocks)).toBe(`${long} ${long} Short. Stays whole.`);
    const quote = podium.blocks.find((b) => b.type === 'blockquote');
    expect(quote?.type === 'blockquote' && quote.blocks.length).toBe(3);
    // The standard layout leaves the writer's paragraphs as they are.
    expect(
      normalizeExportDocument({ language: 'en', title: null, byline: null, blocks, paper: 'letter' }).blocks,
    ).toHaveLength(3);
  });

  it('DOCX: 17 pt on 1.75 lines, quotations upright and indented, time marks small and kept with their section', async () => {
    const parts = docxParts(await exportDocx(released(script())));
    const styles = parts.get('word/styles.xml')!;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('<w:sz w:val="34"/>');
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="420"/);
    const quote = /<w:style [^>]*w:styleId="Quote"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(quote).not.toMatch(/<w:i\/>|<w:i w:val="(true|1|on)"\/>/);
    expect(quote).toMatch(/<w:ind w:left="720" w:right="720"\/>/);
    const mark = /<w:style [^>]*w:styleId="TimeMark"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(mark).toContain('<w:keepNext/>');
    expect(mark).toContain('<w:sz w:val="22"/>');
    const document = parts.get('word/document.xml')!;
    const marked = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?w:val="TimeMark"[\s\S]*?<\/w:p>/g)];
    expect(marked.map((m) => joinedText(m[0]))).toEqual(['0:00', '0:15', '0:45', '1:47', '1:57']);
    // No italic anywhere in the quotation's runs either.
    expect(joinedText(document)).toContain('I could not leave.');
    expect(document).not.toMatch(/<w:i\/>/);
  });

  it('DOCX: written testimony stays 12 pt with italic quotations', async () => {
    const styles = docxParts(await exportDocx(released(filledTestimony(builtInTemplate('us-state-written')!)))).get(
      'word/styles.xml',
    )!;
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]).toContain('<w:sz w:val="24"/>');
    expect(/<w:style [^>]*w:styleId="Quote"[\s\S]*?<\/w:style>/.exec(styles)![0]).toMatch(/<w:i\/>/);
  });

  it('print HTML: 17 pt on 1.75 lines, quotations upright, each time mark a small line before its section', () => {
    const html = renderPrintHtml(released(script('es'), 'es'));
    expect(html).toMatch(/html \{ font-size: 17pt; line-height: 1\.75; \}/);
    expect(html).toMatch(/blockquote \{ font-style: normal; \}/);
    expect([...html.matchAll(/<p class="time-mark">([^<]*)<\/p>/g)].map((m) => m[1])).toEqual([
      '0:00',
      '0:15',
      '0:45',
      '1:47',
      '1:57',
    ]);
    expect(html).toMatch(/<p class="time-mark">0:45<\/p>\s*<p[^>]*>story0 /);
    const standard = renderPrintHtml(released(filledTestimony(builtInTemplate('us-state-written')!)));
    expect(standard).not.toContain('font-size: 17pt');
    expect(standard).not.toContain('time-mark">');
  });

  it('PDF through Chromium: the time marks read in order, each before its section', async () => {
    const text = await pdfjsText(await exportPdf(released(script()), printer()));
    const order = [
      '0:00',
      'greeting0',
      '0:15',
      'intro0',
      '0:45',
      'story0',
      'I could not leave',
      '1:47',
      'ask0',
      '1:57',
      'thanks0',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
