import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { chromiumPath, createChromiumPrinter } from '../../../electron/export/chromium-printer';
import { exportPdf } from '../../../electron/export/index';
import type { Block } from '../../../shared/export/export-document';
import { pdfHaystacks } from './helpers/export-haystacks';
import { checkXref, extractText, infoDictionary, scanObjects } from './helpers/pdf-inspect';
import { exportDoc, NATO } from './helpers/fixtures';
import { findLeak, prepare } from './helpers/leak-check';
import { useChromiumPrinter } from './helpers/shared-printer';
import { pdfjsPageSizes } from './helpers/pdfjs-text';

const printer = useChromiumPrinter();
const squeeze = (s: string) => s.replace(/\s+/g, '');

const numberedBlocks: Block[] = [
  { type: 'heading', level: 1, runs: [{ text: 'Summary' }] },
  ...NATO.slice(0, 2).map((w): Block => ({ type: 'paragraph', runs: [{ text: `${w} paragraph.` }] })),
  { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'a bullet' }] }]] },
  { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'a quote' }] }] },
  ...NATO.slice(2).map((w): Block => ({ type: 'paragraph', runs: [{ text: `${w} paragraph.` }] })),
];

describe('exportPdf', () => {
  it('holds only allow-listed metadata and nothing of Chromium or Skia, in one revision', async () => {
    const pdf = await exportPdf(exportDoc({ blocks: numberedBlocks }), printer());
    const info = infoDictionary(pdf);
    expect([...info.matchAll(/\/(\w+) /g)].map((m) => m[1])).toEqual(['Title', 'Producer', 'Creator']);
    for (const marker of ['Skia', 'HeadlessChrome', 'Mozilla', 'Chrome/', 'AppleWebKit'])
      expect(findLeak(marker, prepare(pdfHaystacks(pdf)))).toBeNull();
    const text = pdf.toString('latin1');
    expect(text).not.toMatch(/\/(CreationDate|ModDate|Metadata|Annots|EmbeddedFiles|JavaScript|JS|OpenAction|AA)\b/);
    const xref = checkXref(pdf);
    expect(xref.eofCount).toBe(1);
    expect(xref.xrefSections).toBe(1);
    expect(xref.badOffsets).toEqual([]);
    expect(xref.entries).toBe(scanObjects(pdf).length + 1);
  });

  it('leaves Title out when no title was approved', async () => {
    const pdf = await exportPdf(exportDoc({ title: null }), printer());
    expect(infoDictionary(pdf)).toBe('<</Producer ()\n/Creator ()>>');
  });

  it('numbers paragraphs 1., 2., … through list items and quotations, as the DOCX does, and prints the page label in the document language', async () => {
    const en = squeeze(
      extractText(await exportPdf(exportDoc({ blocks: numberedBlocks, numberedParagraphs: true }), printer())),
    );
    expect(en).toContain('1.Alphaparagraph.2.Bravoparagraph.3.abullet4.aquote5.Charlieparagraph.');
    expect(en).toContain('7.Echoparagraph.');
    expect(en).not.toContain('8.');
    expect(en).toContain('Page1of1');
    const es = squeeze(extractText(await exportPdf(exportDoc({ language: 'es', blocks: numberedBlocks }), printer())));
    expect(es).toContain('Página1de1');
    expect(es).toContain('Alphaparagraph.');
    expect(es).not.toContain('1.Alpha');
  });

  it('uses the paper size asked for: ISO A4 (210 × 297 mm) and US letter (8.5 × 11 in)', async () => {
    const letter = await exportPdf(exportDoc({ paper: 'letter' }), printer());
    expect(await pdfjsPageSizes(letter)).toEqual([[612, 792]]);
    const a4 = await exportPdf(exportDoc({ paper: 'a4' }), printer());
    // Exactly ISO A4, though Chromium prints a CSS A4 page as 594.96 × 841.92 (the scrubber sets the box).
    expect(await pdfjsPageSizes(a4)).toEqual([[595.28, 841.89]]);
  });

  it('counts pages across a long document', async () => {
    const blocks: Block[] = Array.from({ length: 60 }, (_, i) => ({
      type: 'paragraph',
      runs: [{ text: `Paragraph ${i} `.repeat(30) }],
    }));
    const text = squeeze(extractText(await exportPdf(exportDoc({ blocks }), printer())));
    const pages = Number(/Page1of(\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page${pages}of${pages}`);
  });
});

describe('createChromiumPrinter', () => {
  it('says how to get Chromium when there is none', () => {
    expect(() => chromiumPath({ executablePath: '/nonexistent/chromium' })).toThrow(
      'Harbor needs Chromium to make PDFs here. Install it (apt-get install chromium) or set HARBOR_CHROMIUM.',
    );
    return expect(createChromiumPrinter({ executablePath: '/nonexistent/chromium' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('runs no script and makes no network request, even for HTML that asks for both', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${url}/a.css"><style>@import "${url}/b.css"; body { background: url(${url}/c.png) }</style></head>
        <body><p>static words</p><img src="${url}/d.png"><iframe src="${url}/e.html"></iframe><script>document.body.append('SCRIPTRAN'); fetch('${url}/f')</script></body></html>`;
      const pdf = await printer().print(html, { paper: 'letter', headerFooter: { language: 'en' } });
      const text = extractText(pdf);
      expect(text).toContain('static words');
      expect(text).not.toContain('SCRIPTRAN');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
