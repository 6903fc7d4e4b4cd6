import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPictures, type ChartPictureOrNote } from '../../../electron/export/chart-png';
import type { ExportDocument } from '../../../shared/export/export-document';
import { normalizeExportDocument } from '../../../shared/export/normalize-export-document';
import { exportDocumentArb } from '../../support/export-document-arb';
import { CHART_DOCUMENTS, CORPUS } from '../../support/wordml-corpus';
import { wordmlDifference } from '../../support/wordml-difference';

/*
 * The Word file is written by Harbor's own WordprocessingML writer (electron/export/wordml), which
 * promises the very bytes the `docx` package wrote, so nothing a reader sees changes when docx is
 * no longer loaded. Each document here is written both ways and scrubbed as an export is; the
 * files must be equal part by part, byte by byte.
 */

/** Fails with where the files first differ: the part, the byte, and the text around it on each side. */
function expectSameFile(doc: ExportDocument, pictures?: ReadonlyMap<string, ChartPictureOrNote>) {
  const difference = wordmlDifference(doc, pictures);
  if (difference !== null) expect.fail(difference);
}

describe('the Word writer writes what docx wrote', () => {
  it.each(CORPUS)('%s', (_, doc) => expectSameFile(doc));

  describe('with charts', () => {
    const drawn = new Map<string, Map<string, ChartPictureOrNote>>();
    beforeAll(async () => {
      // As exportDocx does: pictures of the normalized document's charts.
      for (const [name, doc] of CHART_DOCUMENTS)
        drawn.set(name, await chartPictures(normalizeExportDocument(doc).blocks));
    });

    it.each(CHART_DOCUMENTS)('%s: drawn', (name, doc) => {
      expect(drawn.get(name)!.size).toBeGreaterThan(0);
      expectSameFile(doc, drawn.get(name));
    });

    it.each(CHART_DOCUMENTS)('%s: wider than the page, scaled down, the first without a font', (name, doc) => {
      // Sizes that round differently once scaled, and a note beside pictures in one file.
      const wide = new Map<string, ChartPictureOrNote>(
        [...drawn.get(name)!].map(([svg, p], i) => [
          svg,
          i === 0 || 'noFont' in p ? { noFont: true } : { ...p, width: p.width * 3, height: p.height * 2.5 + 0.3 },
        ]),
      );
      expectSameFile(doc, wide);
    });

    it.each(CHART_DOCUMENTS)('%s: no font for the labels', (name, doc) => {
      expectSameFile(doc, new Map([...drawn.get(name)!.keys()].map((svg) => [svg, { noFont: true }])));
    });

    it.each(CHART_DOCUMENTS)('%s: no picture given', (_, doc) => expectSameFile(doc, new Map()));
  });

  it('for random documents with troublesome text', () => {
    fc.assert(
      fc.property(exportDocumentArb, (doc) => {
        const difference = wordmlDifference(doc);
        if (difference !== null) throw new Error(difference);
      }),
      { numRuns: 60 },
    );
  });
});
