import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scrubPdf } from '../../../electron/export/scrub-pdf';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { pdfHaystacks } from './helpers/export-haystacks';
import { checkXref, extractText, infoDictionary, pdfTextString } from './helpers/pdf-inspect';
import { appendUpdate, objectText } from './helpers/pdf-update';
import { exportDoc } from './helpers/fixtures';
import { findLeak, prepare } from './helpers/leak-check';
import { useChromiumPrinter } from './helpers/shared-printer';

const SECRET = 'Maricruz Ibáñez';
const printer = useChromiumPrinter();

async function printed(): Promise<Buffer> {
  const html = renderPrintHtml(exportDoc({ blocks: [{ type: 'paragraph', runs: [{ text: 'Visible words.' }] }] }));
  return printer().print(html, { paper: 'letter', headerFooter: { language: 'en' } });
}

/** Chromium's PDF plus a second revision holding everything scrubPdf must remove. */
async function dirtyPdf(): Promise<Buffer> {
  const pdf = await printed();
  const catalog = objectText(pdf, /\/Type \/Catalog/);
  const page = objectText(pdf, /\/Type \/Page\b(?!s)/);
  const xmp = deflateSync(
    Buffer.from(`<x:xmpmeta><dc:creator>${SECRET}</dc:creator><xmp:CreatorTool>Skia/PDF</xmp:CreatorTool></x:xmpmeta>`),
  );
  const hex = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex')}>`;
  const objects = new Map<number, string>([
    [900, `<</Type /Annot /Subtype /Link /Rect [0 0 10 10] /A 901 0 R /Contents ${hex(SECRET)}>>`],
    [901, `<</S /URI /URI (https://example.org/${encodeURIComponent(SECRET)})>>`],
    [902, `<</S /JavaScript /JS (app.alert\\(1\\))>>`],
    [
      903,
      `<</Type /Metadata /Subtype /XML /Filter /FlateDecode /Length ${xmp.length}>>\nstream\n${xmp.toString('latin1')}\nendstream`,
    ],
    [904, `<</Type /Filespec /F (notes.txt) /EF <</F 905 0 R>>>>`],
    [905, `<</Type /EmbeddedFile /Length ${SECRET.length + 6}>>\nstream\nnotes ${SECRET}\nendstream`],
    [906, `<</Type /OBJR /Obj 900 0 R /Pg ${page.num} 0 R>>`],
    [
      catalog.num,
      catalog.head.replace(
        />>$/,
        ` /OpenAction 902 0 R /AA <</WC 902 0 R>> /Metadata 903 0 R /Names <</JavaScript <</Names [(x) 902 0 R]>> /EmbeddedFiles <</Names [(notes.txt) 904 0 R]>>>> /PieceInfo <</Harbor <</Private ${hex(SECRET)}>>>>>>`,
      ),
    ],
    [page.num, page.head.replace(/>>$/, ` /Annots [900 0 R] /AA <</O 902 0 R>> /LastModified (D:20240501100000Z)>>`)],
  ]);
  return appendUpdate(pdf, objects);
}

describe('scrubPdf', () => {
  it('replaces the Info dictionary with the allow-list (Chromium writes its user agent and Skia)', async () => {
    const raw = await printed();
    expect(raw.toString('latin1')).toMatch(/HeadlessChrome|Skia\/PDF/); // what we are up against
    const info = infoDictionary(scrubPdf(raw, { title: 'Testimonio de José' }));
    expect([...info.matchAll(/\/(\w+) /g)].map((m) => m[1])).toEqual(['Title', 'Producer', 'Creator']);
    expect(pdfTextString(/\/Title (<[0-9A-F]+>)/.exec(info)![1]!)).toBe('Testimonio de José');
    expect(info).toContain('/Producer ()\n/Creator ()>>');
    expect(infoDictionary(scrubPdf(raw, { title: null }))).toBe('<</Producer ()\n/Creator ()>>');
  });

  it('flattens an incremental update into one revision and drops actions, annotations, attachments and XMP', async () => {
    const dirty = await dirtyPdf();
    expect(checkXref(dirty).eofCount).toBe(2);
    expect(findLeak(SECRET, prepare(pdfHaystacks(dirty)))).not.toBeNull(); // the fixture really is dirty
    const clean = scrubPdf(dirty, { title: null });
    const xref = checkXref(clean);
    expect(xref.eofCount).toBe(1);
    expect(xref.xrefSections).toBe(1);
    expect(xref.badOffsets).toEqual([]);
    expect(xref.trailer).not.toContain('/Prev');
    const text = clean.toString('latin1');
    for (const key of [
      '/Annots',
      '/OpenAction',
      '/AA',
      '/JavaScript',
      '/JS',
      '/EmbeddedFiles',
      '/EmbeddedFile',
      '/Metadata',
      '/PieceInfo',
      '/LastModified',
      '/URI',
      '/OBJR',
      '/Names',
    ]) {
      expect(text).not.toContain(`${key} `);
      expect(text).not.toContain(`${key}\n`);
      expect(text).not.toContain(`${key}<`);
    }
    expect(findLeak(SECRET, prepare(pdfHaystacks(clean)))).toBeNull();
    expect(findLeak('Skia', prepare(pdfHaystacks(clean)))).toBeNull();
    expect(extractText(clean)).toContain('Visible words.');
  });

  it('keeps the tagged structure and gives the same bytes for the same input', async () => {
    const raw = await printed();
    const clean = scrubPdf(raw, { title: null });
    expect(clean.toString('latin1')).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(clean.toString('latin1')).toMatch(/\/MarkInfo <<\/Type \/MarkInfo\n\/Marked true>>/);
    expect(scrubPdf(raw, { title: null }).equals(clean)).toBe(true);
    // Scrubbing its own output changes nothing.
    expect(scrubPdf(clean, { title: null }).equals(clean)).toBe(true);
  });

  it('refuses what it cannot see inside, with a clear error', async () => {
    const raw = await printed();
    const encrypted = appendUpdate(raw, new Map([[950, '<</Filter /Standard>>']]), ' /Encrypt 950 0 R');
    expect(() => scrubPdf(encrypted, { title: null })).toThrow(/could not be cleaned \(encrypted/);
    expect(() =>
      scrubPdf(Buffer.from('%PDF-1.7\n1 0 obj<</Type/XRef>>stream\nendstream endobj\nstartxref\n9\n%%EOF'), {
        title: null,
      }),
    ).toThrow(/cross-reference streams/);
    expect(() => scrubPdf(Buffer.from('hello'), { title: null })).toThrow(/no PDF header/);
  });
});
