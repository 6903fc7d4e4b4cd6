import { describe, expect, it } from 'vitest';
import { exportDocx, exportPdf } from '../../../electron/export/index';
import type { Block } from '../../../shared/export/export-document';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { docxParts } from '../../support/docx-inspect';
import { exportDoc } from './helpers/fixtures';
import { pdfjsText } from './helpers/pdfjs-text';
import { useChromiumPrinter } from './helpers/shared-printer';

const printer = useChromiumPrinter();
const long: Block[] = Array.from({ length: 40 }, (_, i) => ({
  type: 'paragraph',
  runs: [{ text: `Paragraph ${i} `.repeat(30) }],
}));

describe('the running header of continuation pages', () => {
  it('PDF: page 1 has only its number at the foot; later pages say whose and which bill, with "page X of Y"', async () => {
    const pdf = await exportPdf(exportDoc({ blocks: long, runningHeader: 'M. R. • SB 9' }), printer());
    const pages = (await pdfjsText(pdf)).split('\n');
    const total = pages.length;
    expect(total).toBeGreaterThan(2);
    expect(pages[0]).not.toContain('M. R.');
    expect(pages[0]).toContain(`Page 1 of ${total}`);
    for (let n = 2; n <= total; n++) expect(pages[n - 1]).toContain(`M. R. • SB 9 • Page ${n} of ${total}`);
  });

  it('PDF in Spanish: the label follows the document language', async () => {
    const pdf = await exportPdf(
      exportDoc({ language: 'es', blocks: long, runningHeader: 'Anónimo • SB 9' }),
      printer(),
    );
    expect((await pdfjsText(pdf)).split('\n')[1]).toContain('Anónimo • SB 9 • Página 2 de');
  });

  it('is text in the print CSS, never markup: quotes, braces and tags stay characters', () => {
    const html = renderPrintHtml(exportDoc({ runningHeader: '"; } </style><script>x</script> @page {' }));
    expect(html).not.toContain('<script>');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('\\22 \\3b  \\7d  \\3c \\2f style\\3e ');
  });

  it('DOCX: a different first page, the header with PAGE and NUMPAGES fields on the others', async () => {
    const docx = await exportDocx(exportDoc({ blocks: long, runningHeader: 'M. R. • SB 9' }));
    const parts = docxParts(docx);
    expect(parts.get('word/document.xml')).toContain('<w:titlePg/>');
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const running = headers.find((xml) => xml.includes('M. R. • SB 9'));
    expect(running).toMatch(/M\. R\. • SB 9 • <[\s\S]*>Page <[\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/);
    // The first page's header is empty; its footer has the page number.
    expect(headers.filter((xml) => xml !== running).every((xml) => !/<w:t[ >]/.test(xml))).toBe(true);
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => /Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/.test(xml))).toBe(true);
  });

  it('DOCX without one: every page numbered at the foot, no header, widow control on every paragraph', async () => {
    const docx = await exportDocx(exportDoc({ blocks: long.slice(0, 3) }));
    const parts = docxParts(docx);
    expect(parts.get('word/document.xml')).not.toContain('<w:titlePg/>');
    expect([...parts.keys()].some((n) => n.startsWith('word/header'))).toBe(false);
    const body = parts.get('word/document.xml')!;
    const paragraphs = body.match(/<w:p>|<w:p [^>]*>/g)!.length;
    expect(body.match(/<w:widowControl\/>/g)).toHaveLength(paragraphs);
  });
});
