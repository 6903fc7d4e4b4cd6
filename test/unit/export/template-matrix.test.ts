import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../electron/export-pipeline/export-options';
import type { ExportPreview } from '../../../shared/ipc/contract-consent';
import { BUILT_IN_TEMPLATES, type Template } from '../../../shared/templates';
import { computeBudgets } from '../../../shared/testimony/budgets';
import type { DocNode as PMNode } from '../../../shared/core/story-doc';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { docxParts, joinedText, paragraphsWithNumbers } from '../../support/docx-inspect';
import { noPrinter, outDir, refusal, removeOutDirs } from '../../support/pipeline-fixtures';
import { asRead, documentLines, squeezed } from '../export-pipeline/document-text';
import { docxLines, docxSettings } from './helpers/docx-facts';
import { foreignFixedWords, foundWords } from './helpers/fixed-words';
import { matrixTestimony, quotedSentence, WITHHELD, type Language } from './helpers/matrix-testimony';
import { pdfFonts } from './helpers/pdf-fonts';
import { pdfjsPages, lineExtent, readLine } from './helpers/pdfjs-lines';
import { para, sensitive, text } from './helpers/fixtures';
import { useChromiumPrinter } from './helpers/shared-printer';
import { venueFrontMatter } from './helpers/venue-captions';

/*
 * Issue #18's matrix: every built-in template × English and Spanish × letter and A4, exported as
 * DOCX and PDF through the pipeline `harbor export --testimony` runs (consent, identifying-detail
 * check, release gate, renderer, scrubber, save), in process. One Chromium page prints every PDF
 * (useChromiumPrinter), so the whole matrix stays cheap: 28 DOCX and 24 PDF files took 11–15 s of
 * CPU, Chromium's included (47–70 s of wall time only because the 2-core machine's load average
 * was 20). Full PDF matrix, not a diagonal: each template lays out its own front matter.
 */

const printer = useChromiumPrinter();
afterAll(() => removeOutDirs());

const LANGUAGES: Language[] = ['en', 'es'];
const PAPERS = ['letter', 'a4'] as const;
/** Word's page size in twentieths of a point; the PDF's in points (ISO 216 A4, ANSI letter). */
const TWIPS = { letter: { w: '12240', h: '15840' }, a4: { w: '11906', h: '16838' } };
const POINTS = { letter: [612, 792], a4: [595.28, 841.89] };
const INCH = 72;
const FOREIGN = { en: foreignFixedWords(BUILT_IN_TEMPLATES, 'en'), es: foreignFixedWords(BUILT_IN_TEMPLATES, 'es') };
/** The foot of page 1, and the end of the running header on the pages after it. */
const PAGE_LABEL = { en: /(^|• )Page \d+ of \d+$/, es: /(^|• )Página \d+ de \d+$/ };
/** The briefing's convention opens with its title; the command line takes it from --title. */
const TITLE = { en: 'Protecting survivors', es: 'Proteger a sobrevivientes' };

type Setup = Awaited<ReturnType<typeof matrixTestimony>>;

/** Every PDF the matrix printed, for qpdf to check at the end. */
const printed: { name: string; pdf: Buffer }[] = [];
const HAS_QPDF = spawnSync('qpdf', ['--version']).status === 0;

/** The file as `harbor export` writes it: consent, identifying-detail check, render, scrub, save. */
async function exported(s: Setup, options: ExportOptions): Promise<Buffer> {
  const dir = await outDir();
  let target = '';
  const outcome = await s.pipeline(printer()).run(options, async (name) => (target = path.join(dir, name)));
  expect(outcome.status).toBe('saved');
  return fs.readFile(target);
}

const cells = BUILT_IN_TEMPLATES.flatMap((t) => LANGUAGES.map((l) => [t.id, l, t] as [string, Language, Template]));

describe.each(cells)('%s in %s', (id, language, template) => {
  const venue = venueFrontMatter(id, language);
  const title = venue.titleFirst ? TITLE[language] : null;
  let s: Setup;
  let preview: ExportPreview;
  /** The lines a clerk looks for first, as this export printed them (the date line is today's). */
  let frontMatter: string[];

  beforeAll(async () => {
    s = await matrixTestimony(template, language);
    preview = await s.pipeline(noPrinter).preview(s.options({ title }));
    const doc = preview.document;
    frontMatter = [...(doc.headingBlock ?? []), ...(doc.salutation ? [doc.salutation] : []), ...venue.signature].map(
      asRead,
    );
  });

  it('the document model follows the venue’s convention (docs/templates.md), in the document’s language', () => {
    const doc = preview.document;
    expect(preview.refusals).toEqual([]);
    const caption = (doc.headingBlock ?? []).map(asRead);
    expect(caption).toEqual(venue.caption);
    expect(doc.salutation ? asRead(doc.salutation) : undefined).toBe(venue.salutation);
    expect((doc.signature ?? []).map(asRead)).toEqual(expect.arrayContaining(venue.signature));
    expect(doc.captionCentered === true).toBe(venue.captionCentered === true);
    expect(doc.numberedParagraphs).toBe(venue.numberedParagraphs === true);
    expect(doc.layout === 'podium').toBe(venue.podium === true);
    expect(doc.titleFirst === true).toBe(venue.titleFirst === true);
    const lines = documentLines(doc);
    expect(lines).toContain(quotedSentence(language));
    expect(foundWords(lines.join('\n'), FOREIGN[language])).toEqual([]);
    expect(lines.join('\n')).not.toMatch(new RegExp(WITHHELD.join('|')));
  });

  it.each(PAPERS)('DOCX on %s: the caption, page size, language, widow control and numbering', async (paper) => {
    const docx = await exported(s, s.options({ paper, format: 'docx', title }));
    const settings = docxSettings(docx);
    expect(settings.pageSizes).toEqual([{ ...TWIPS[paper], orient: 'portrait' }]);
    expect(settings.margins).toMatchObject([{ top: '1440', right: '1440', bottom: '1440', left: '1440' }]);
    expect(settings.language).toMatchObject({ val: language === 'en' ? 'en-US' : 'es-ES' });
    expect(settings.widowControlled).toBe(settings.paragraphs);

    const lines = docxLines(docx).map(asRead);
    const text = squeezed(lines.join('\n'));
    for (const line of frontMatter) expect(text, line).toContain(squeezed(line));
    expect(lines).toContain(quotedSentence(language));
    expect(foundWords(lines.join('\n'), FOREIGN[language])).toEqual([]);
    expect(lines.join('\n')).not.toMatch(new RegExp(WITHHELD.join('|')));

    const numbered = paragraphsWithNumbers(docx)
      .map(asRead)
      .filter((p) => /^\d+\. /.test(p));
    if (!venue.numberedParagraphs) {
      expect(numbered).toEqual([]);
      return;
    }
    // UK evidence: one sequence through the summary's points, the body, the quotation and the
    // recommendations' list; headings and the caption unnumbered.
    expect(numbered.map((p) => Number(/^\d+/.exec(p)![0]))).toEqual(numbered.map((_, i) => i + 1));
    const body = documentLines({ ...preview.document, headingBlock: [], salutation: undefined, signature: [] });
    const headings = new Set(template.sections.map((sec) => sec.title[language]));
    expect(numbered.map((p) => p.replace(/^\d+\. /, ''))).toEqual(body.filter((l) => !headings.has(l)));
    expect(numbered.some((p) => p.endsWith(quotedSentence(language)))).toBe(true);
  });

  it.each(PAPERS)('PDF on %s: exact page size, fonts embedded, caption and body inside the margins', async (paper) => {
    const options = s.options({ paper, format: 'pdf', title });
    if (venue.docxOnly) {
      expect((await s.pipeline(noPrinter).preview(options)).refusals.map((r) => r.code)).toEqual([
        'format-not-accepted',
      ]);
      const chosen: string[] = [];
      await refusal(s.pipeline(noPrinter).run(options, async (name) => (chosen.push(name), null)));
      expect(chosen).toEqual([]);
      return;
    }
    const pdf = await exported(s, options);
    printed.push({ name: `${id}-${language}-${paper}.pdf`, pdf });
    const pages = await pdfjsPages(pdf);
    for (const page of pages) expect([page.width, page.height]).toEqual(POINTS[paper]);

    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded || f.type === 'Type3')).toEqual([]);

    const lines = pages.flatMap((p) => p.lines.map((l) => readLine(l)));
    const text = squeezed(lines.join('\n'));
    for (const line of frontMatter) expect(text, line).toContain(squeezed(line));
    expect(text).toContain(squeezed(quotedSentence(language)));
    expect(lines.filter((l) => PAGE_LABEL[language].test(l))).toHaveLength(pages.length);
    expect(foundWords(lines.join('\n'), FOREIGN[language])).toEqual([]);
    expect(lines.join('\n')).not.toMatch(new RegExp(WITHHELD.join('|')));

    // Text stays between the 1-inch side margins; above and below them only the page label and
    // the running header (Chromium's page is 0.3 pt narrower than the box the scrubber sets).
    const header = asRead(preview.document.runningHeader ?? '\u0000');
    for (const page of pages)
      for (const line of page.lines) {
        const read = readLine(line);
        for (const run of line.filter((r) => r.str.trim() !== '')) {
          expect(run.x, read).toBeGreaterThanOrEqual(INCH - 0.5);
          expect(run.x + run.width, read).toBeLessThanOrEqual(page.width - INCH + 0.5);
        }
        const y = line[0]!.y;
        if (y > INCH && y < page.height - INCH) continue;
        expect(PAGE_LABEL[language].test(read) || read.startsWith(header), read).toBe(true);
      }
  });

  it('over its budget, it is refused without --over-budget (nothing written) and exported with it', async () => {
    await s.overBudget();
    expect(computeBudgets(await s.testimony()).over).toBe(true);
    const dir = await outDir();
    const chosen: string[] = [];
    const choose = async (name: string) => {
      chosen.push(name);
      return path.join(dir, name);
    };
    const pipeline = s.pipeline(noPrinter);
    const refused = await refusal(pipeline.run(s.options({ title }), choose));
    expect(refused.messageKey).toBe('export.overBudget');
    expect(chosen).toEqual([]);
    const outcome = await pipeline.run({ ...s.options({ title }), overBudget: true }, choose);
    expect(outcome.status).toBe('saved');
    expect(chosen).toHaveLength(1);
  });
});

describe('an Arabic paragraph with a withheld name, through the whole pipeline', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  const story: PMNode = {
    type: 'doc',
    content: [para(text('قال '), sensitive('Karim Haddad', 'person', 'p1'), text(' إنه غادر المدينة.'))],
  };
  const sentence = 'قال [name withheld] إنه غادر المدينة.';
  let s: Setup;
  beforeAll(async () => {
    s = await matrixTestimony(builtInTemplate('us-state-written')!, 'en', story);
  });

  it('PDF: read from the right, it is the sentence as written, the placeholder in its place', async () => {
    const pdf = await exported(s, s.options({ paper: 'a4', format: 'pdf' }));
    const [page] = await pdfjsPages(pdf);
    const line = page!.lines.find((l) => l.some((r) => /\p{Script=Arabic}/u.test(r.str)))!;
    expect(readLine(line, 'rtl')).toBe(sentence);
    // It starts at the right, inside the margin: nearer the right margin than the left one.
    const { left, right } = lineExtent(line);
    expect(right).toBeLessThanOrEqual(page!.width - INCH + 0.5);
    expect(page!.width - INCH - right).toBeLessThan(left - INCH);
    expect(readLine(line, 'rtl')).not.toContain('Karim');
  });

  it('DOCX: a right-to-left paragraph (w:bidi) with the placeholder isolated (FSI … PDI)', async () => {
    const docx = await exported(s, s.options({ paper: 'a4', format: 'docx' }));
    const xml = docxParts(docx).get('word/document.xml')!;
    const paragraph = [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)]
      .map((m) => m[1]!)
      .find((p) => /\p{Script=Arabic}/u.test(p))!;
    expect(paragraph).toMatch(/^<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:bidi\/>/);
    expect(asRead(joinedText(paragraph))).toBe(`قال ${FSI}[name withheld]${PDI} إنه غادر المدينة.`);
    expect(xml).not.toContain('Karim');
  });
});

describe('an independent PDF checker', () => {
  // CI installs qpdf (.ci/run); elsewhere, without it, this one test is skipped.
  it.skipIf(!HAS_QPDF)(
    'qpdf --check finds no syntax or stream error in any PDF of the matrix (needs qpdf)',
    async () => {
      expect(printed.length).toBeGreaterThan(0);
      const dir = await outDir();
      for (const { name, pdf } of printed) {
        const file = path.join(dir, name);
        await fs.writeFile(file, pdf);
        const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
        expect(check.status, `${name}: ${check.stdout}${check.stderr}`).toBe(0);
        expect(check.stdout).toContain('No syntax or stream encoding errors found');
      }
    },
  );
});
