import { describe, expect, it } from 'vitest';
import { pdfPageSetup } from '../../../shared/export/pdf-page';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { exportDoc } from './helpers/fixtures';

describe('renderPrintHtml', () => {
  const hostile = '<script>alert(1)</script><img src="http://x/y.png" onerror="z()">&"\'';

  it('escapes every piece of user text', () => {
    const html = renderPrintHtml(
      exportDoc({
        title: hostile,
        byline: hostile,
        headingBlock: [hostile],
        salutation: hostile,
        coverNote: hostile,
        signature: [hostile],
        blocks: [
          { type: 'heading', level: 1, runs: [{ text: hostile }] },
          { type: 'paragraph', runs: [{ text: hostile, bold: true, italic: true, underline: true }] },
          { type: 'list', ordered: true, items: [[{ type: 'paragraph', runs: [{ text: hostile }] }]] },
          { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: hostile }] }] },
        ],
      }),
    );
    // The words survive as text; no tag or attribute does.
    expect(html).not.toMatch(/<script|<img|<[^>]*\sonerror=|<iframe|<link|@import|url\(/i);
    expect(html.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)).toHaveLength(11); // ten fields, and the title again in <title>
  });

  it('is self-contained: inline style, a CSP that allows nothing to load, no scripts', () => {
    const html = renderPrintHtml(exportDoc({ blocks: [{ type: 'paragraph', runs: [{ text: 'x' }] }] }));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`,
    );
    expect(html).not.toMatch(/https?:|src=|href=/);
  });

  it('sets the exact page size and margins, serif 12 pt at the DOCX line height, widows and orphans kept', () => {
    expect(renderPrintHtml(exportDoc({ paper: 'letter' }))).toContain('@page { size: 8.5in 11in; margin: 1in; }');
    const a4 = renderPrintHtml(exportDoc({ paper: 'a4' }));
    expect(a4).toContain('@page { size: 210mm 297mm; margin: 1in; }');
    expect(a4).toMatch(/font-family: "Times New Roman"[^;]*serif; font-size: 12pt; line-height: 1.15;/);
    expect(a4).toContain('p, li { margin: 0 0 10pt; orphans: 2; widows: 2; }');
  });

  it('numbers paragraphs, quoted paragraphs and top-level list items with a CSS counter only when asked', () => {
    const blocks = [{ type: 'paragraph' as const, runs: [{ text: 'x' }] }];
    expect(renderPrintHtml(exportDoc({ blocks, numberedParagraphs: true }))).toContain('<main class="numbered">');
    expect(renderPrintHtml(exportDoc({ blocks }))).toContain('<main>');
    const css = renderPrintHtml(exportDoc({ blocks }));
    expect(css).toContain('main.numbered > p, main.numbered > blockquote > p, main.numbered > ul > li');
    expect(css).toMatch(
      /main\.numbered > p::before, main\.numbered > blockquote > p::before,[^{]*\{\s*content: counter\(para\) ". "/,
    );
  });

  it('renders line breaks, marks and structure', () => {
    const html = renderPrintHtml(
      exportDoc({
        blocks: [
          { type: 'paragraph', runs: [{ text: 'one\ntwo' }, { text: 'b', bold: true, underline: true }] },
          { type: 'heading', level: 3, runs: [{ text: 'h' }] },
          { type: 'list', ordered: true, start: 4, items: [[{ type: 'paragraph', runs: [{ text: 'i' }] }]] },
        ],
      }),
    );
    expect(html).toContain('<p>one<br>two<strong><u>b</u></strong></p>');
    expect(html).toContain('<h4>h</h4>');
    expect(html).toContain('<ol start="4"><li><p>i</p></li></ol>');
  });

  it('follows the document language', () => {
    expect(renderPrintHtml(exportDoc({ language: 'es' }))).toContain('<html lang="es">');
    // The page label is the print CSS's, in the document's language (its characters as CSS escapes).
    expect(renderPrintHtml(exportDoc({ language: 'es' }))).toContain(
      '@bottom-center { content: "Página " counter(page) " de " counter(pages);',
    );
    expect(renderPrintHtml(exportDoc({ language: 'en' }))).toContain(
      '@bottom-center { content: "Page " counter(page) " of " counter(pages);',
    );
    // Never empty: Chromium would print its default header and footer with the date.
    expect(pdfPageSetup('letter').headerTemplate).not.toBe('');
    expect(pdfPageSetup('letter').footerTemplate).not.toBe('');
  });

  it('prints no title element text when no title was approved', () => {
    expect(renderPrintHtml(exportDoc({ title: null }))).toContain('<title></title>');
  });
});
