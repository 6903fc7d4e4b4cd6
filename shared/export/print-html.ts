import type { Block, ExportDocument, InlineRun } from './export-document';
import { bylinePlacement } from './byline-placement';
import { escapeHtml } from './html-escape';
import { normalizeExportDocument } from './normalize-export-document';
import { printCss } from './print-css';
import { scriptCss } from './script-css';
import { dirAttr, scriptTextHtml } from './script-html';
import { TABLE_CSS, tableHtml } from './table-block';
import { blockTexts, documentCjkLanguage, identityPattern, paragraphContext, type CjkLanguage } from './script-runs';

/**
 * Nothing may load or run: the preview and the PDF show exactly this text and nothing fetched.
 * (A meta CSP still applies when the page is shown in a frame or printed by Chromium.)
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; form-action 'none'";

/**
 * One self-contained page: the preview the app shows and what Chromium prints. Every text is
 * escaped; the only markup is the renderer's own.
 */
export function renderPrintHtml(input: ExportDocument): string {
  const doc = normalizeExportDocument(input);
  const parts: string[] = [];
  const cjk: Scripts = {
    cjk: documentCjkLanguage(blockTexts(doc.blocks)) ?? undefined,
    identity: identityPattern(doc.identity),
  };
  // Front-matter lines take their own direction, language tags and isolates, like body paragraphs.
  const lineHtml = (l: string, cls = '') =>
    `<p${cls ? ` class="${cls}"` : ''}${dirAttr([{ text: l }])}>${runsHtml([{ text: l }], cjk)}</p>`;
  const heading = doc.headingBlock?.length
    ? [
        `<header class="heading-block${doc.captionCentered ? ' caption' : ''}">${doc.headingBlock.map((l) => lineHtml(l)).join('')}</header>`,
      ]
    : [];
  const title = doc.title
    ? [`<h1 class="title"${dirAttr([{ text: doc.title }])}>${runsHtml([{ text: doc.title }], cjk)}</h1>`]
    : [];
  parts.push(...(doc.titleFirst ? [...title, ...heading] : [...heading, ...title]));
  const { lead, rest } = bylinePlacement(doc);
  parts.push(...lead.map((b) => blockHtml(b, cjk)));
  if (doc.byline) parts.push(lineHtml(doc.byline, 'byline'));
  if (doc.coverNote) parts.push(`<aside class="cover-note"><p>${textWithBreaks(doc.coverNote)}</p></aside>`);
  if (doc.salutation) parts.push(lineHtml(doc.salutation, 'salutation'));
  parts.push(
    `<main${doc.numberedParagraphs ? ' class="numbered"' : ''}>${rest.map((b) => blockHtml(b, cjk)).join('\n')}</main>`,
  );
  if (doc.signature?.length)
    parts.push(`<footer class="signature">${doc.signature.map((l) => lineHtml(l)).join('')}</footer>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}"${doc.layout === 'podium' ? ' class="podium"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(doc.title ?? '')}</title>`,
    `<style>\n${printCss(doc)}\n${scriptCss()}\n${TABLE_CSS}\n</style>`,
    '</head>',
    '<body>',
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** What runs need to be tagged: the document's East Asian language, and the identity to isolate. */
interface Scripts {
  cjk: CjkLanguage | undefined;
  identity: RegExp | null;
}

function blockHtml(block: Block, cjk: Scripts): string {
  switch (block.type) {
    case 'paragraph':
      return `<p${dirAttr(block.runs)}>${runsHtml(block.runs, cjk)}</p>`;
    case 'heading': {
      if (block.timeMark) return `<p class="time-mark">${runsHtml(block.runs, cjk)}</p>`;
      // h1 is the document title; section headings start one level below it.
      const tag = `h${block.level + 1}`;
      return `<${tag}${dirAttr(block.runs)}>${runsHtml(block.runs, cjk)}</${tag}>`;
    }
    case 'list': {
      const items = block.items
        .map((item) => `<li${dirAttr(firstRuns(item))}>${item.map((b) => blockHtml(b, cjk)).join('')}</li>`)
        .join('');
      const dir = dirAttr(firstRuns(block.items[0] ?? []));
      if (!block.ordered) return `<ul${dir}>${items}</ul>`;
      return `<ol${dir}${block.start ? ` start="${block.start}"` : ''}>${items}</ol>`;
    }
    case 'blockquote':
      return `<blockquote>${block.blocks.map((b) => blockHtml(b, cjk)).join('')}</blockquote>`;
    case 'table':
      return tableHtml(block);
  }
}

/** A list item's direction is its first paragraph's. */
const firstRuns = (item: Block[]): InlineRun[] => {
  const first = item[0];
  return first?.type === 'paragraph' || first?.type === 'heading' ? first.runs : [];
};

function runsHtml(runs: InlineRun[], scripts: Scripts): string {
  const ctx = paragraphContext(runs, scripts.cjk, scripts.identity);
  return runs
    .map((run) => {
      let html = scriptTextHtml(run.text, ctx);
      if (run.underline) html = `<u>${html}</u>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

const textWithBreaks = (text: string) => text.split('\n').map(escapeHtml).join('<br>');
