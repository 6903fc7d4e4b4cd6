import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';
import { HarborError } from '../../shared/errors';
import { pdfPageSetup } from '../../shared/export/pdf-page';
import type { PdfPrinter, PrintOptions } from './pdf-printer';

export interface ChromiumPrinter extends PdfPrinter {
  close(): Promise<void>;
}

export interface ChromiumPrinterOptions {
  /** Defaults to $HARBOR_CHROMIUM, then /usr/bin/chromium. */
  executablePath?: string;
}

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** No network, no updates, no sync, no first-run work: Chromium here is only a typesetter. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(options: ChromiumPrinterOptions = {}): string {
  const path = options.executablePath ?? process.env.HARBOR_CHROMIUM ?? DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new HarborError('unsupported', 'export.chromiumMissing');
  }
  return path;
}

/**
 * A PDF printer over a local Chromium through playwright-core, for tests and the CLI. One browser
 * serves many prints; each print gets a fresh context with JavaScript off and every request
 * refused (print HTML is self-contained, so nothing is ever needed from outside).
 */
export async function createChromiumPrinter(options: ChromiumPrinterOptions = {}): Promise<ChromiumPrinter> {
  const executablePath = chromiumPath(options);
  // Loaded only when a PDF is made: the command line's other commands start without it.
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  return {
    async print(html: string, opts: PrintOptions): Promise<Buffer> {
      const setup = pdfPageSetup(opts.paper, opts.headerFooter.language);
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.route('**', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
        const margin = `${setup.marginInches}in`;
        return await page.pdf({
          format: setup.format,
          margin: { top: margin, bottom: margin, left: margin, right: margin },
          displayHeaderFooter: true,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
          printBackground: false,
          tagged: true,
          outline: false,
        });
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
