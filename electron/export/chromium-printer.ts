import { accessSync, constants, promises as fs } from 'node:fs';
import os from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { HarborError } from '../../shared/errors';
import { pdfPageSetup } from '../../shared/export/pdf-page';
import type { PdfPrinter, PrintOptions } from './pdf-printer';
import { makeProfileDir, removeOrphanedProfiles } from './print-profiles';

export { PROFILE_PREFIX } from './print-profiles';

export interface ChromiumPrinter extends PdfPrinter {
  close(): Promise<void>;
}

/** What a print needs from a browser: a persistent context over a profile directory we own. */
export type PrintContext = Pick<BrowserContext, 'newPage' | 'close'>;

export type LaunchChromium = (
  profileDir: string,
  options: { executablePath: string; args: string[] },
) => Promise<PrintContext>;

export interface ChromiumPrinterOptions {
  /** Defaults to $HARBOR_CHROMIUM, then /usr/bin/chromium. */
  executablePath?: string;
  /** Starts the browser; tests inject one to follow the profile directory without Chromium. */
  launch?: LaunchChromium;
  /** Where profile directories are made; the system's temporary folder unless a test says. */
  tempDir?: string;
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

const launchWithPlaywright: LaunchChromium = async (profileDir, { executablePath, args }) => {
  // Loaded only when a PDF is made: the command line's other commands start without it.
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args,
    javaScriptEnabled: false,
    offline: true,
    serviceWorkers: 'block',
  });
};

/**
 * A PDF printer over a local Chromium through playwright-core, for tests and the CLI. Chromium
 * gets a private profile directory (mkdtemp, owner-only) that is removed when the printer closes
 * or fails to start, so nothing of a printed story stays in a shared or default profile. Prints
 * share one page with JavaScript off and every request refused (print HTML is self-contained, so
 * nothing is ever needed from outside).
 */
export async function createChromiumPrinter(options: ChromiumPrinterOptions = {}): Promise<ChromiumPrinter> {
  const executablePath = chromiumPath(options);
  const tempDir = options.tempDir ?? os.tmpdir();
  await removeOrphanedProfiles({ tempDir });
  const profileDir = await makeProfileDir(tempDir);
  const removeProfile = () => fs.rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  let context: PrintContext;
  try {
    context = await (options.launch ?? launchWithPlaywright)(profileDir, { executablePath, args: ARGS });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  // One page for every print of this printer: opening a page costs about as much as laying out a
  // long testimony. A page that failed is closed and the next print opens another.
  let page: Promise<Page> | null = null;
  const openPage = async () => {
    const p = await context.newPage();
    await p.route('**', (route) => route.abort());
    return p;
  };
  const dropPage = async (failed: Promise<Page>) => {
    if (page === failed) page = null;
    await (await failed.catch(() => null))?.close().catch(() => undefined);
  };
  let queue: Promise<unknown> = Promise.resolve();
  const printOnce = async (html: string, opts: PrintOptions): Promise<Buffer> => {
    const setup = pdfPageSetup(opts.paper);
    const current = (page ??= openPage());
    try {
      const p = await current;
      await p.setContent(html, { waitUntil: 'load', timeout: 120_000 });
      const margin = `${setup.marginInches}in`;
      return await p.pdf({
        format: setup.format,
        preferCSSPageSize: setup.preferCSSPageSize,
        margin: { top: margin, bottom: margin, left: margin, right: margin },
        displayHeaderFooter: true,
        headerTemplate: setup.headerTemplate,
        footerTemplate: setup.footerTemplate,
        printBackground: false,
        tagged: true,
        outline: false,
      });
    } catch (error) {
      await dropPage(current);
      throw error;
    }
  };
  return {
    print(html: string, opts: PrintOptions): Promise<Buffer> {
      // One at a time: the page holds one document.
      const printed = queue.then(() => printOnce(html, opts));
      queue = printed.catch(() => undefined);
      return printed;
    },
    async close() {
      try {
        await queue;
        await context.close();
      } finally {
        await removeProfile();
      }
    },
  };
}
