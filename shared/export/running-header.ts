import type { ExportDocument } from './export-document';
import { EXPORT_LABELS } from './export-labels';

/**
 * The running header of continuation pages: who is speaking and on what ("M. R. • SB 1042"), then
 * "Page 2 of 5", so a page separated from the rest still says whose it is. The first page carries
 * the caption instead, and its page number at the foot. The text comes from the export document,
 * so it has been through the release gate like every other line.
 */
export const RUNNING_SEPARATOR = ' \u2022 ';

/** A running header longer than this loses the end of its title: it shares one line with "Page 2 of 5". */
export const HEADER_TITLE_CHARS = 60;

/** "Title • M. R.": the title as released (already through the gate), shortened at a word, then the rest. */
export function headerWithTitle(title: string | null, rest: string): string {
  const chars = [...(title ?? '').trim()];
  if (chars.length === 0) return rest;
  let shown = chars.join('');
  if (chars.length > HEADER_TITLE_CHARS) {
    // One character more, so a word that ends exactly at the limit is kept whole.
    const cut = chars.slice(0, HEADER_TITLE_CHARS + 1).join('');
    const space = cut.lastIndexOf(' ');
    const kept = space > HEADER_TITLE_CHARS / 2 ? cut.slice(0, space) : chars.slice(0, HEADER_TITLE_CHARS).join('');
    shown = `${kept.trimEnd()}…`;
  }
  return `${shown}${RUNNING_SEPARATOR}${rest}`;
}

/** CSS string for `content:`: every character not a letter, digit or space as a hex escape. */
function cssString(text: string): string {
  return `"${[...text].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** @page margin boxes for the PDF: the header on pages 2 on, the page number at the foot of page 1. */
export function pageBoxCss(doc: Pick<ExportDocument, 'language' | 'runningHeader'>): string {
  const label = EXPORT_LABELS[doc.language];
  const pageOf = `${cssString(`${label.page} `)} counter(page) ${cssString(` ${label.of} `)} counter(pages)`;
  const box = 'font-size: 9pt; color: #000;';
  if (!doc.runningHeader) return `@page { @bottom-center { content: ${pageOf}; ${box} } }`;
  return [
    `@page { @top-right { content: ${cssString(doc.runningHeader + RUNNING_SEPARATOR)} ${pageOf}; ${box} } }`,
    `@page :first { @top-right { content: none; } @bottom-center { content: ${pageOf}; ${box} } }`,
  ].join('\n');
}
