import { describe, expect, it } from 'vitest';
import { scrubPdf } from '../../../electron/export/scrub-pdf';
import { buildPdf } from './helpers/pdf-build';
import { checkXref, infoDictionary, pdfTextString, scanObjects } from './helpers/pdf-inspect';

const SECRET = 'Maricruz';

/** Every action a PDF reader could run, open or send, each in an object without a /Type. */
const ACTIONS = ['JavaScript', 'Launch', 'URI', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'ResetForm', 'Rendition'];
/** Keys that may carry code, files, forms, notes or dates, wherever they appear. */
const FORBIDDEN_KEYS = [
  'AA',
  'OpenAction',
  'JavaScript',
  'JS',
  'EmbeddedFiles',
  'EmbeddedFile',
  'Annots',
  'Metadata',
  'PieceInfo',
  'LastModified',
  'AcroForm',
  'URI',
];
const PAGE_REFS = [19, 20, 21, 22, 23, ...ACTIONS.map((_, i) => 30 + i)].map((n) => `/Ref${n} ${n} 0 R`).join(' ');

/**
 * A crafted file, not Chromium's: what an adversary (or another program) could put in a PDF that
 * reaches the scrubber. Every object holding the secret must be gone; everything else kept.
 */
function craftedPdf(overrides: Record<number, string> = {}, trailer = '/Root 1 0 R /Info 16 0 R'): Buffer {
  const objects = new Map<number, string>([
    [
      1,
      '<</Type /Catalog /Version /1.7 /PageLayout /SinglePage /ViewerPreferences <</DisplayDocTitle true>> /Pages 2 0 R /Lang (es) /Outlines 10 0 R /Names <</Dests 11 0 R>> /AcroForm <</Fields []>> /PageLabels <</Nums [0 <</S /D>>]>> /StructTreeRoot 5 0 R /MarkInfo <</Marked true>> /Dests 11 0 R>>',
    ],
    [2, '<</Type /Pages /Kids [3 0 R] /Count 1>>'],
    [
      3,
      `<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Script 14 0 R /Extra 15 0 R /Go 18 0 R /Arr 24 0 R /Num 25 0 R ${PAGE_REFS} ${FORBIDDEN_KEYS.map((k) => `/${k} (${SECRET} ${k})`).join(' ')}>>`,
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
    [19, `<</Type /Filespec /F (${SECRET}.txt)>>`],
    [20, `<</Type /EmbeddedFile /Length 14>>\nstream\n${SECRET} file\nendstream`],
    [21, `<</Type /Metadata /Author (${SECRET} metadata)>>`],
    [22, `<</Type /Action /S /GoTo /D (${SECRET} destination)>>`],
    [23, `<</Type /Outlines /Title (${SECRET} outline)>>`],
    [24, '[1 2 3]'],
    [25, '42'],
    ...ACTIONS.map((action, i): [number, string] => [30 + i, `<</S /${action} /F (${SECRET} ${action})>>`]),
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
    const page = objectWith(clean, /\/Type \/Page\b(?!s)/)!;
    expect(page).not.toMatch(
      /\/Ref|\/AA|\/OpenAction|\/JavaScript|\/JS|\/Embedded|\/Annots|\/Metadata|\/PieceInfo|\/LastModified|\/AcroForm|\/URI/,
    );
    // Written in a fixed order: scrubbing the result again changes nothing.
    expect(scrubPdf(clean, { title: null }).equals(clean)).toBe(true);
    expect(scanObjects(clean).map((o) => o.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(objectWith(clean, /^<<\/Nums/)).toBe(
      scanObjects(clean)
        .find((o) => o.num === 7)!
        .head.trim(),
    );
  });

  it('keeps a structure pointer to what stays, and another dictionary loses only its pointer to what went', () => {
    // The figure points (OBJR) at the page's content, which stays; two marked-content references
    // (MCR, inline and as an object of their own) also name the removed annotation: only that name goes.
    const clean = scrubPdf(
      craftedPdf({
        9: '<</Type /StructElem /S /Figure /P 5 0 R /K [26 0 R 27 0 R <</Type /MCR /MCID 0 /Obj 8 0 R>>]>>',
        26: '<</Type /OBJR /Obj 4 0 R>>',
        27: '<</Type /MCR /MCID 1 /Obj 8 0 R>>',
      }),
      { title: null },
    );
    expect(clean.toString('latin1')).not.toContain(SECRET);
    const figure = objectWith(clean, /\/S \/Figure/)!;
    expect(figure).toMatch(/\/K \[\d+ 0 R \d+ 0 R <<\/Type \/MCR\n\/MCID 0>>\]>>$/);
    expect(objectWith(clean, /\/Type \/OBJR/)).toMatch(/^<<\/Type \/OBJR\n\/Obj \d+ 0 R>>$/);
    expect(objectWith(clean, /\/MCID 1/)).toBe('<</Type /MCR\n/MCID 1>>');
  });

  it('writes only the allowed Info entries, with the approved title', () => {
    expect(infoDictionary(scrubPdf(craftedPdf(), { title: null }))).toBe('<</Producer ()\n/Creator ()>>');
    const info = infoDictionary(scrubPdf(craftedPdf(), { title: 'Testimonio de José' }));
    expect(pdfTextString(/^<<\/Title (<[0-9A-F]+>)\n\/Producer \(\)\n\/Creator \(\)>>$/.exec(info)![1]!)).toBe(
      'Testimonio de José',
    );
  });

  it('keeps only the catalog keys a reader needs, in their order', () => {
    const catalog = objectWith(scrubPdf(craftedPdf(), { title: null }), /\/Type \/Catalog/)!;
    expect([...catalog.matchAll(/^(?:<<)?\/(\w+)/gm)].map((m) => m[1])).toEqual([
      'Type',
      'Version',
      'PageLayout',
      'ViewerPreferences',
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

  it('treats only /Nums and /Names arrays as pairs: any other array loses just its forbidden items', () => {
    // An even array elsewhere (an object of its own, inside another array, a tree's value) is no
    // tree: read as pairs, the annotation in a key's place would be kept, and its text with it.
    const pdf = buildPdf(
      new Map([
        [1, '<</Type /Catalog /Pages 2 0 R>>'],
        [
          2,
          '<</Type /Pages /Kids [3 0 R] /Count 1 /Own 4 0 R /Nested [[5 0 R 1]] /Tree <</Nums [0 [5 0 R 6 0 R]]>> /Bad <</Nums [0 5 0 R 1]>>>>',
        ],
        [3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>>'],
        [4, '[5 0 R 6 0 R]'],
        [5, `<</Type /Annot /Subtype /Link /Rect [0 0 1 1] /Contents (${SECRET} annot)>>`],
        [6, '<</Type /StructElem /S /P>>'],
      ]),
      '/Root 1 0 R',
    );
    const clean = scrubPdf(pdf, { title: null });
    expect(clean.toString('latin1')).not.toContain(SECRET);
    const pages = objectWith(clean, /\/Type \/Pages/)!;
    expect(pages).toContain('/Nested [[1]]');
    expect(pages).toMatch(/\/Tree <<\/Nums \[0 \[\d+ 0 R\]\]>>/);
    // A tree with an odd count is damaged: it too loses only the reference.
    expect(pages).toContain('/Bad <</Nums [0 1]>>');
    expect(objectWith(clean, /^\[/)).toMatch(/^\[\d+ 0 R\]$/);
    expect(objectWith(clean, /\/StructElem/)).toBeDefined();
  });

  it('refuses a file whose catalog is missing, forbidden, no dictionary or points at nothing', () => {
    expect(() => scrubPdf(craftedPdf({}, '/Info 16 0 R'), { title: null })).toThrow(/no document catalog/);
    expect(() => scrubPdf(craftedPdf({}, '/Root 99 0 R'), { title: null })).toThrow(/no document catalog/);
    expect(() => scrubPdf(craftedPdf({}, '/Root 8 0 R'), { title: null })).toThrow(/not a catalog/);
    expect(() => scrubPdf(craftedPdf({ 1: '[2 0 R]' }), { title: null })).toThrow(/not a catalog/);
    expect(() =>
      scrubPdf(craftedPdf({ 2: '<</Type /Pages /Kids [3 0 R 40 0 R] /Count 2>>' }), { title: null }),
    ).toThrow(/object 40 is referenced but missing/);
  });
});
