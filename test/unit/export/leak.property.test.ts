import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, exportPdf } from '../../../electron/export/index';
import { PLACEHOLDERS } from '../../../shared/consent/placeholders';
import { applyConsent } from '../../../shared/consent/transform';
import type { StoryDoc } from '../../../shared/core/story-doc';
import type { ExportDocument, ExportLanguage } from '../../../shared/export/export-document';
import { EXPORT_LABELS } from '../../../shared/export/export-labels';
import { fromDoc } from '../../../shared/export/from-doc';
import { docxHaystacks, pdfHaystacks } from './helpers/export-haystacks';
import { allPdfHaystacks, pdfjsText } from './helpers/pdfjs-text';
import { author, para, sensitive, terms, text } from './helpers/fixtures';
import { findLeak, prepare } from './helpers/leak-check';
import { buildLeakDoc, docSpecArb, FILLER, type LeakCase } from './helpers/leak-doc';
import { useChromiumPrinter } from './helpers/shared-printer';

const printer = useChromiumPrinter();
const REDACT = terms(['person', 'place']);

function exportDocument(leak: LeakCase, language: ExportLanguage, numbered: boolean, redact = REDACT): ExportDocument {
  const { doc } = applyConsent(leak.doc, redact, author, language);
  return {
    language,
    title: 'Testimony',
    byline: 'Q. V.',
    blocks: fromDoc(doc),
    numberedParagraphs: numbered,
    paper: numbered ? 'a4' : 'letter',
  };
}

/**
 * A secret that happens to spell part of what legitimately stays (filler, placeholders, labels, or
 * the files' own boilerplate: theme font names, font programs) cannot be told from a leak. Such
 * cases are skipped, judged against exports of the same words with no secret in them at all.
 */
let baseline: ReturnType<typeof prepare> = [];
beforeAll(async () => {
  for (const language of ['en', 'es'] as const) {
    const blocks = [...FILLER, ...Object.values(PLACEHOLDERS[language])].map((t) => ({
      type: 'paragraph' as const,
      runs: [{ text: t }, { text: t, bold: true, italic: true, underline: true }],
    }));
    const doc: ExportDocument = {
      language,
      title: 'Testimony',
      byline: 'Q. V.',
      blocks,
      numberedParagraphs: true,
      paper: 'a4',
    };
    baseline.push(
      ...prepare([
        ...docxHaystacks(await exportDocx(doc)),
        ...(await allPdfHaystacks(await exportPdf(doc, printer()))),
      ]),
    );
  }
  baseline = baseline.concat(
    prepare([
      {
        label: 'fixed words',
        text: [author.full, ...Object.values(EXPORT_LABELS).flatMap((l) => [l.page, l.of])].join('|'),
      },
    ]),
  );
});

function coincides(leak: LeakCase): boolean {
  return leak.secrets.some((s) => findLeak(s, baseline) !== null);
}

function expectNoLeak(secrets: string[], haystacks: ReturnType<typeof prepare>) {
  const leaks = secrets.map((s) => findLeak(s, haystacks)).filter(Boolean);
  expect(leaks).toEqual([]);
}

describe('no redacted detail survives export', () => {
  it('DOCX: absent from every part, in every spelling', async () => {
    await fc.assert(
      fc.asyncProperty(
        docSpecArb,
        fc.constantFrom<ExportLanguage>('en', 'es'),
        fc.boolean(),
        async (spec, language, numbered) => {
          const leak = buildLeakDoc(spec);
          fc.pre(leak.secrets.length > 0 && !coincides(leak));
          const docx = await exportDocx(exportDocument(leak, language, numbered));
          expectNoLeak(leak.secrets, prepare(docxHaystacks(docx)));
        },
      ),
      { numRuns: 80 },
    );
  }, 180_000);

  it('DOCX and PDF: absent from every part, every decompressed stream and the extracted text', async () => {
    await fc.assert(
      fc.asyncProperty(
        docSpecArb,
        fc.constantFrom<ExportLanguage>('en', 'es'),
        fc.boolean(),
        async (spec, language, numbered) => {
          const leak = buildLeakDoc(spec);
          fc.pre(leak.secrets.length > 0 && !coincides(leak));
          const doc = exportDocument(leak, language, numbered);
          expectNoLeak(leak.secrets, prepare(docxHaystacks(await exportDocx(doc))));
          expectNoLeak(leak.secrets, prepare(await allPdfHaystacks(await exportPdf(doc, printer()))));
        },
      ),
      { numRuns: 15 },
    );
    // Generous: if a case fails, fast-check shrinks it by exporting again and again.
  }, 600_000);

  it('the checks do see a detail that was not redacted (so their silence means something)', async () => {
    const secrets = ['José Núñez', 'sÃO pAULO', 'Nguyễn Thị Hương', 'Łódź'];
    const doc: StoryDoc = {
      type: 'doc',
      content: [
        para(
          text('We met '),
          sensitive('José ', 'person', 'a', 'bold'),
          sensitive('Núñez', 'person', 'a', 'italic'),
          text(' in '),
          sensitive('sÃO pAULO', 'place', 'b'),
        ),
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [para(sensitive('Nguyễn Thị ', 'person', 'c', 'underline'), sensitive('Hương', 'person', 'c'))],
            },
          ],
        },
        { type: 'blockquote', content: [para(text('far from '), sensitive('Łódź', 'place', 'd', 'bold'))] },
      ],
    };
    const leak: LeakCase = { doc, secrets, kept: [] };
    const nothingRedacted = exportDocument(leak, 'en', true, terms([]));
    const docx = prepare(docxHaystacks(await exportDocx(nothingRedacted)));
    const pdf = await exportPdf(nothingRedacted, printer());
    const pdfText = prepare(pdfHaystacks(pdf).filter((h) => h.label === 'pdf extracted text'));
    const pdfjs = prepare([{ label: 'pdf text (pdfjs)', text: await pdfjsText(pdf) }]);
    for (const s of [...secrets, 'José', 'Núñez', 'Nguyễn Thị']) {
      expect(findLeak(s, docx)).not.toBeNull();
      expect(findLeak(s, pdfText)).not.toBeNull();
      expect(findLeak(s, pdfjs), `pdfjs reads "${s}"`).not.toBeNull();
    }
    // And redacted, the same document is clean.
    const redacted = exportDocument(leak, 'en', true);
    expectNoLeak([...secrets, 'José', 'Núñez', 'Nguyễn Thị'], prepare(docxHaystacks(await exportDocx(redacted))));
    expectNoLeak(
      [...secrets, 'José', 'Núñez', 'Nguyễn Thị'],
      prepare(await allPdfHaystacks(await exportPdf(redacted, printer()))),
    );
  });
});
