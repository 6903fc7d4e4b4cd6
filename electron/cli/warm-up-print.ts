import { renderPrintHtml } from '../../shared/export/print-html';
import type { PrintOptions } from '../export/pdf-printer';
import { warmUpDocument } from './warm-up-document';

/**
 * The warm-up page in the print layout: printed once while the vault's key is derived, so that
 * Chromium has loaded the print fonts and its PDF code before the real document arrives.
 */
export function warmUpPrint(): { html: string; options: PrintOptions } {
  return { html: renderPrintHtml(warmUpDocument()), options: { paper: 'letter', headerFooter: { language: 'en' } } };
}
