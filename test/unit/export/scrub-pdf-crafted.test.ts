import { describe, expect, it } from 'vitest';
import { scrubPdf } from '../../../electron/export/scrub-pdf';
import { buildPdf } from './helpers/pdf-build';
import { checkXref, scanObjects } from './helpers/pdf-inspect';

const SECRET = 'Maricruz';

/**
 * A crafted file, not Chromium's: what an adversary (or another program) could put in a PDF that
 * reaches the scrubber. Every object holding the secret must be gone; everything else kept.
 */
function craftedPdf(overrides: Record<number, string> = {}, trailer = '/Root 1 0 R /Info 16 0 R'): Buffer {
  const objects = new Map<number, string>([
    [
      1,
      '<</Type /Catalog /Pages 2 0 R /Lang (es) /Outlines 10 0 R /Names <</Dests 11 0 R>> /AcroForm <</Fields []>> /PageLabels <</Nums [0 <</S /D>>]>> /StructTreeRoot 5 0 R /MarkInfo <</Marked true>> /Dests 11 0 R>>',
    ],
    [2, '<</Type /Pages /Kids [3 0 R] /Count 1>>'],
    [
      3,
      '<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Script 14 0 R /Extra 15 0 R /Go 18 0 R>>',
    ],
    [4, '<</Length 5>>\nstream\nBT ET\nendstream'],
    [
      5,
      '<</Type /StructTreeRoot /K [6 0 R 9 0 R] /ParentTree 7 0 R /IDTree <</Names [(a) 6 0 R (b) 8 0 R]>> /Odd [1 8 0 R 2]>>',
    ],
    [6, '<</Type /StructElem /S /Link /P 5 0 R /K [<</Type /OBJR /Obj 8 0 R>> 12 0 R 0]>>'],
    [7, '<</Nums [0 8 0 R 1 9 0 R]>>'],
    [8, `<</Type /Annot /Subtype /Link /Rect [0 0 1 1] /Contents (${SECRET} annot)>>`],
    [9, '<</Type /StructElem /S /URI /P 5 0 R>>'],
    [10, `<</Type /Outlines /Title (${SECRET} outline)>>`],
    [11, `<</Type /Dests /D (${SECRET} dest)>>`],
    [12, '<</Type /OBJR /Obj 13 0 R>>'],
    [13, '<</Type /OBJR /Obj 8 0 R>>'],
    [14, `<</S /JavaScript /JS (${SECRET} script)>>`],
    [15, `<</Subtype /XML /Length 13>>\nstream\n${SECRET} xmp\nendstream`],
    [16, `<</Author (${SECRET} info) /Producer (Skia/PDF)>>`],
    [17, `<</Orphan (${SECRET} orphan)>>`],
    [18, `<</Type /Action /S /GoToR /F (${SECRET}.pdf)>>`],
  ]);
  for (const [num, text] of Object.entries(overrides)) objects.set(Number(num), text);
  return buildPdf(objects, trailer);
}

const objectWith = (pdf: Buffer, test: RegExp) =>
  scanObjects(pdf)
    .map((o) => o.head.trim())
    .find((head) => test.test(head));

describe('scrubPdf on a crafted file', () => {
  it('leaves no object that held the secret, and a valid single-revision file', () => {
    const dirty = craftedPdf();
    expect(dirty.toString('latin1')).toContain(SECRET); // the fixture really is dirty
    const clean = scrubPdf(dirty, { title: null });
    expect(clean.toString('latin1')).not.toContain(SECRET);
    expect(clean.toString('latin1')).not.toMatch(/Skia|\/Author|\/OBJR|\/Script|\/Extra|\/Go /);
    expect(checkXref(clean).badOffsets).toEqual([]);
  });

  it('keeps only the catalog keys a reader needs, in their order', () => {
    const catalog = objectWith(scrubPdf(craftedPdf(), { title: null }), /\/Type \/Catalog/)!;
    expect([...catalog.matchAll(/^(?:<<)?\/(\w+)/gm)].map((m) => m[1])).toEqual([
      'Type',
      'Pages',
      'Lang',
      'PageLabels',
      'StructTreeRoot',
      'MarkInfo',
    ]);
    expect(catalog).toContain('/Lang (es)');
  });

  it('drops number- and name-tree pairs whose value is gone, keeps the rest whole', () => {
    const clean = scrubPdf(craftedPdf(), { title: null });
    const parentTree = objectWith(clean, /^<<\/Nums/)!;
    expect(parentTree).toMatch(/^<<\/Nums \[1 \d+ 0 R\]>>$/);
    const root = objectWith(clean, /\/Type \/StructTreeRoot/)!;
    expect(root).toMatch(/\/IDTree <<\/Names \[\(a\) \d+ 0 R\]>>/);
    // Not a tree: an odd array loses only the reference.
    expect(root).toContain('/Odd [1 2]');
  });

  it('keeps structure elements whose type happens to share an action name, and their own content', () => {
    const clean = scrubPdf(craftedPdf(), { title: null });
    expect(objectWith(clean, /\/S \/URI/)).toMatch(/\/Type \/StructElem/);
    expect(objectWith(clean, /\/S \/Link/)).toMatch(/\/K \[0\]/);
    expect(objectWith(clean, /\/Type \/Pages/)).toMatch(/\/Kids \[\d+ 0 R\]/);
  });

  it('refuses a file whose catalog is missing, forbidden or points at nothing', () => {
    expect(() => scrubPdf(craftedPdf({}, '/Info 16 0 R'), { title: null })).toThrow(/no document catalog/);
    expect(() => scrubPdf(craftedPdf({}, '/Root 99 0 R'), { title: null })).toThrow(/no document catalog/);
    expect(() => scrubPdf(craftedPdf({}, '/Root 8 0 R'), { title: null })).toThrow(/not a catalog/);
    expect(() =>
      scrubPdf(craftedPdf({ 2: '<</Type /Pages /Kids [3 0 R 40 0 R] /Count 2>>' }), { title: null }),
    ).toThrow(/object 40 is referenced but missing/);
  });
});
