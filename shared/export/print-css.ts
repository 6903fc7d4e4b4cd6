import type { ExportDocument } from './export-document';
import { pageBoxCss } from './running-header';
import { LINE_HEIGHT, PAGE_MARGIN_INCHES, PAPER } from './paper';
import { PODIUM_BODY_PT, PODIUM_LINE_HEIGHT, TIME_MARK_PT } from './podium';

/** Times New Roman where installed (what committees expect), then metric-compatible look-alikes. */
export const SERIF_STACK = `"Times New Roman", "Liberation Serif", Tinos, Times, "DejaVu Serif", serif`;

/** The print stylesheet: the same rules lay out the on-screen preview and the PDF pages. */
export function printCss(doc: Pick<ExportDocument, 'paper' | 'language' | 'runningHeader' | 'layout'>): string {
  const spec = PAPER[doc.paper];
  const margin = `${PAGE_MARGIN_INCHES}in`;
  return `
@page { size: ${spec.css}; margin: ${margin}; }
${pageBoxCss(doc)}
html { font-family: ${SERIF_STACK}; font-size: 12pt; line-height: ${LINE_HEIGHT}; color: #000; background: #fff; }
body { margin: 0; }
p, li { margin: 0 0 10pt; orphans: 2; widows: 2; }
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1.title { font-size: 18pt; text-align: center; margin: 0 0 6pt; }
p.byline { text-align: center; font-style: italic; margin-bottom: 18pt; }
h2 { font-size: 16pt; margin: 18pt 0 8pt; }
h3 { font-size: 14pt; margin: 14pt 0 6pt; }
h4 { font-size: 12pt; font-style: italic; margin: 12pt 0 6pt; }
.heading-block { margin: 0 0 18pt; }
.heading-block p { margin: 0; }
.heading-block.caption { text-align: center; font-weight: bold; }
.cover-note { border: 0.75pt solid #000; padding: 6pt 9pt; margin: 0 0 18pt; font-size: 10pt; }
.cover-note p { margin: 0; }
p.salutation { margin-bottom: 12pt; }
blockquote { margin: 0 0.5in 10pt 0.5in; font-style: italic; }
ul, ol { margin: 0 0 10pt; padding-left: 0.5in; }
li > p { margin: 0 0 4pt; }
li > ul, li > ol { margin-bottom: 4pt; }
main.numbered { counter-reset: para; }
main.numbered > p, main.numbered > blockquote > p, main.numbered > ul > li, main.numbered > ol > li {
  counter-increment: para; padding-left: 0.4in; text-indent: -0.4in; }
main.numbered > ul, main.numbered > ol { list-style: none; padding-left: 0; }
main.numbered > p::before, main.numbered > blockquote > p::before, main.numbered > ul > li > p:first-child::before,
main.numbered > ol > li > p:first-child::before {
  content: counter(para) ". "; display: inline-block; width: 0.4in; text-indent: 0; }
.signature { margin-top: 24pt; break-inside: avoid; }
.signature p { margin: 0; }
${doc.layout === 'podium' ? podiumCss() : ''}
@media screen {
  html { background: #e8e8e8; }
  body { box-sizing: border-box; width: ${spec.widthInches}in; min-height: ${spec.heightInches}in; margin: 16px auto;
    padding: ${margin}; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
}
`.trim();
}

/** A script read at a lectern: large type, wide lines, quotations upright (indented, not italic). */
function podiumCss(): string {
  return `
html { font-size: ${PODIUM_BODY_PT}pt; line-height: ${PODIUM_LINE_HEIGHT}; }
p, li { margin-bottom: 14pt; }
blockquote { font-style: normal; }
p.time-mark { font-size: ${TIME_MARK_PT}pt; font-weight: bold; line-height: 1.2; margin: 14pt 0 4pt;
  break-after: avoid; page-break-after: avoid; }
`.trim();
}
