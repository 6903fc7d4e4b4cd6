import type { Block, ExportDocument, InlineRun } from './export-document';
import { escapeHtml } from './html-escape';
import { normalizeExportDocument } from './normalize-export-document';
import { printCss } from './print-css';

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
  if (doc.headingBlock?.length)
    parts.push(
      `<header class="heading-block${doc.captionCentered ? ' caption' : ''}">${doc.headingBlock.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</header>`,
    );
  if (doc.title) parts.push(`<h1 class="title">${escapeHtml(doc.title)}</h1>`);
  if (doc.byline) parts.push(`<p class="byline">${escapeHtml(doc.byline)}</p>`);
  if (doc.coverNote) parts.push(`<aside class="cover-note"><p>${textWithBreaks(doc.coverNote)}</p></aside>`);
  if (doc.salutation) parts.push(`<p class="salutation">${escapeHtml(doc.salutation)}</p>`);
  parts.push(
    `<main${doc.numberedParagraphs ? ' class="numbered"' : ''}>${doc.blocks.map(blockHtml).join('\n')}</main>`,
  );
  if (doc.signature?.length)
    parts.push(`<footer class="signature">${doc.signature.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</footer>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(doc.title ?? '')}</title>`,
    `<style>\n${printCss(doc)}\n</style>`,
    '</head>',
    '<body>',
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'heading': {
      // h1 is the document title; section headings start one level below it.
      const tag = `h${block.level + 1}`;
      return `<${tag}>${runsHtml(block.runs)}</${tag}>`;
    }
    case 'list': {
      const items = block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`).join('');
      if (!block.ordered) return `<ul>${items}</ul>`;
      return `<ol${block.start ? ` start="${block.start}"` : ''}>${items}</ol>`;
    }
    case 'blockquote':
      return `<blockquote>${block.blocks.map(blockHtml).join('')}</blockquote>`;
  }
}

function runsHtml(runs: InlineRun[]): string {
  return runs
    .map((run) => {
      let html = textWithBreaks(run.text);
      if (run.underline) html = `<u>${html}</u>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

const textWithBreaks = (text: string) => text.split('\n').map(escapeHtml).join('<br>');
