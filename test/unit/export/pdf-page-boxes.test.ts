import { describe, expect, it } from 'vitest';
import { paperPoints } from '../../../electron/export/pdf-page-boxes';
import { scrubPdf } from '../../../electron/export/scrub-pdf';
import { buildPdf } from './helpers/pdf-build';
import { checkXref, scanObjects } from './helpers/pdf-inspect';
import { pdfjsPageSizes } from './helpers/pdfjs-text';

/**
 * Two pages as Chromium prints a CSS A4 page (594.96 × 841.92), one with its box inherited from
 * the page tree and one with a CropBox of its own, and a content stream that must come out as it went in.
 */
function chromiumA4(): Buffer {
  const content = '.24 0 0 -.24 0 841.91998 cm BT /F1 12 Tf 300 300 Td (words) Tj ET';
  return buildPdf(
    new Map([
      [1, '<</Type /Catalog /Pages 2 0 R>>'],
      [2, '<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 594.95996 841.91998]>>'],
      [3, '<</Type /Page /Parent 2 0 R /Contents 5 0 R>>'],
      [
        4,
        '<</Type /Page /Parent 2 0 R /MediaBox [0 0 594.95996 841.91998] /CropBox [0 0 594.95996 841.91998] /Contents 5 0 R>>',
      ],
      [5, `<</Length ${content.length}>>\nstream\n${content}\nendstream`],
    ]),
    '/Root 1 0 R',
  );
}

const dictOf = (pdf: Buffer, test: RegExp) =>
  scanObjects(pdf)
    .map((o) => o.head)
    .filter((h) => test.test(h));

describe('exact page sizes', () => {
  it('are ISO A4 (210 × 297 mm) and US letter (8.5 × 11 in) in points, to the hundredth', () => {
    expect(paperPoints('a4')).toEqual({ width: 595.28, height: 841.89 });
    expect(paperPoints('letter')).toEqual({ width: 612, height: 792 });
  });

  it('the scrubber sets every page box to the paper, inherited or not, and scales nothing', async () => {
    const clean = scrubPdf(chromiumA4(), { title: null, paper: 'a4' });
    expect(await pdfjsPageSizes(clean)).toEqual([
      [595.28, 841.89],
      [595.28, 841.89],
    ]);
    expect(dictOf(clean, /\/Type \/Pages/)[0]).toContain('/MediaBox [0 0 595.28 841.89]');
    const page = dictOf(clean, /\/CropBox/)[0]!;
    expect(page).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(page).toContain('/CropBox [0 0 595.28 841.89]');
    // The page that inherits its box gets none of its own.
    expect(dictOf(clean, /\/Type \/Page\b(?!s)/).filter((h) => h.includes('Box'))).toHaveLength(1);
    expect(clean.toString('latin1')).not.toContain('594.95996');
    // The drawing is untouched: the same transformation and text positions as printed.
    expect(clean.toString('latin1')).toContain('.24 0 0 -.24 0 841.91998 cm BT /F1 12 Tf 300 300 Td (words) Tj ET');
    expect(checkXref(clean).badOffsets).toEqual([]);
  });

  it('gives the same bytes when scrubbed again, with or without the paper', () => {
    const clean = scrubPdf(chromiumA4(), { title: 'T', paper: 'a4' });
    expect(scrubPdf(clean, { title: 'T', paper: 'a4' }).equals(clean)).toBe(true);
    expect(scrubPdf(clean, { title: 'T' }).equals(clean)).toBe(true);
  });

  it('sets letter the same way, and leaves the boxes as printed when no paper is given', async () => {
    expect(await pdfjsPageSizes(scrubPdf(chromiumA4(), { title: null, paper: 'letter' }))).toEqual([
      [612, 792],
      [612, 792],
    ]);
    expect(await pdfjsPageSizes(scrubPdf(chromiumA4(), { title: null }))).toEqual([
      [594.96, 841.92],
      [594.96, 841.92],
    ]);
  });

  it('sets each of the five page boxes, so no viewer or printer crops to the printed size', () => {
    const boxes = ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox'];
    const pdf = buildPdf(
      new Map([
        [1, '<</Type /Catalog /Pages 2 0 R>>'],
        [2, '<</Type /Pages /Kids [3 0 R] /Count 1>>'],
        [3, `<</Type /Page /Parent 2 0 R ${boxes.map((b) => `/${b} [0 0 594.95996 841.91998]`).join(' ')}>>`],
      ]),
      '/Root 1 0 R',
    );
    const page = dictOf(scrubPdf(pdf, { title: null, paper: 'a4' }), /\/Type \/Page\b(?!s)/)[0]!;
    for (const b of boxes) expect(page).toContain(`/${b} [0 0 595.28 841.89]`);
    expect(page).not.toContain('594.95996');
    // The page tree without a box of its own gets none.
    expect(dictOf(scrubPdf(pdf, { title: null, paper: 'a4' }), /\/Type \/Pages/)[0]).not.toContain('Box');
  });

  it('leaves dictionaries that are not pages alone, even with a box-like key', () => {
    const pdf = buildPdf(
      new Map([
        [1, '<</Type /Catalog /Pages 2 0 R>>'],
        [2, '<</Type /Pages /Kids [3 0 R] /Count 1>>'],
        [3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Resources <</XObject <</X1 4 0 R>>>>>>'],
        [4, '<</Type /XObject /BBox [0 0 1 1] /MediaBox [0 0 1 1]>>'],
      ]),
      '/Root 1 0 R',
    );
    const clean = scrubPdf(pdf, { title: null, paper: 'letter' }).toString('latin1');
    expect(clean).toContain('/Type /XObject\n/BBox [0 0 1 1]\n/MediaBox [0 0 1 1]');
    expect(clean).toContain('/MediaBox [0 0 612 792]');
  });
});
