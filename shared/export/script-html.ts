import type { InlineRun } from './export-document';
import { escapeHtml } from './html-escape';
import { scriptSegments, type ParagraphContext } from './script-runs';
import { isRtl } from './text-direction';

/**
 * The print HTML's hooks for direction and script (the PDF and the preview): a block's `dir`, and a
 * run's text with each stretch in another script tagged `lang` (Chromium picks that script's font
 * from the print CSS) and each placeholder in a right-to-left paragraph inside `<bdi>`.
 */

/** ` dir="rtl"` for a block whose first strong character is right-to-left; nothing otherwise. */
export function dirAttr(runs: readonly InlineRun[]): string {
  return isRtl(runs.map((r) => r.text).join('')) ? ' dir="rtl"' : '';
}

const withBreaks = (text: string) => text.split('\n').map(escapeHtml).join('<br>');

/** One run's text, escaped, line breaks as <br>, with its language and isolation markup. */
export function scriptTextHtml(text: string, ctx: ParagraphContext): string {
  return scriptSegments(text, ctx)
    .map((seg) => {
      const html = withBreaks(seg.text);
      if (seg.isolate) return `<bdi${seg.lang === null ? '' : ` lang="${seg.lang}"`}>${html}</bdi>`;
      return seg.lang === null ? html : `<span lang="${seg.lang}">${html}</span>`;
    })
    .join('');
}
