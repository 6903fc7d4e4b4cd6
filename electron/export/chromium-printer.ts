import { promises as fs } from 'node:fs';
import { pdfPageSetup } from '../../shared/export/pdf-page';
import { chromiumExecutable } from './chromium-executable';
import type { PdfPrinter, PrintOptions } from './pdf-printer';
import { launchPipeChromium, type PrintContext, type PrintPage, type PrintToPdfParams } from './pipe-chromium';
import { makeProfileDir, profilesFolder, removeOrphanedProfiles } from './print-profiles';

export { PROFILE_PREFIX } from './print-profiles';

export interface ChromiumPrinter extends PdfPrinter {
  close(): Promise<void>;
}

export type { PrintContext } from './pipe-chromium';

export type LaunchChromium = (
  profileDir: string,
  options: { executablePath: string; args: string[] },
) => Promise<PrintContext>;

export interface ChromiumPrinterOptions {
  /** Defaults to $HARBOR_CHROMIUM, then /usr/bin/chromium (or the binary Debian's launcher script runs). */
  executablePath?: string;
  /** Starts the browser; tests inject one to follow the profile directory without Chromium. */
  launch?: LaunchChromium;
  /** Where profile directories are made; profilesFolder() (in memory on Linux) unless a test says. */
  tempDir?: string;
}

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
  return chromiumExecutable(options.executablePath);
}

/**
 * The paper sizes Chromium's print formats have always had here; the print CSS's exact @page size
 * wins over them (preferCSSPageSize).
 */
const FORMAT_INCHES = { Letter: { width: 8.5, height: 11 }, A4: { width: 8.27, height: 11.7 } } as const;

/** Page.printToPDF's parameters for a print: the same pages as the app's printToPdfOptions. */
export function printParams(opts: PrintOptions): PrintToPdfParams {
  const setup = pdfPageSetup(opts.paper);
  const size = FORMAT_INCHES[setup.format];
  const m = setup.marginInches;
  return {
    paperWidth: size.width,
    paperHeight: size.height,
    marginTop: m,
    marginBottom: m,
    marginLeft: m,
    marginRight: m,
    preferCSSPageSize: setup.preferCSSPageSize,
    displayHeaderFooter: setup.displayHeaderFooter,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    printBackground: false,
    generateTaggedPDF: true,
    generateDocumentOutline: false,
  };
}

/**
 * A PDF printer over a local Chromium, spoken to over its DevTools pipe (pipe-chromium.ts), for
 * tests and the CLI. Chromium gets a private profile directory (mkdtemp, owner-only) that is
 * removed when the printer closes or fails to start, so nothing of a printed story stays in a
 * shared or default profile. Prints share one page with JavaScript off and every request refused
 * (print HTML is self-contained, so nothing is ever needed from outside).
 */
export async function createChromiumPrinter(options: ChromiumPrinterOptions = {}): Promise<ChromiumPrinter> {
  const executablePath = chromiumPath(options);
  const tempDir = options.tempDir ?? profilesFolder();
  // The profile is made and Chromium spawned in this very tick, before anything else can hold
  // this thread (the command line loads its export code right after starting the printer).
  const profileDir = makeProfileDir(tempDir);
  const removeProfile = () => fs.rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  const launching = (options.launch ?? launchPipeChromium)(profileDir, { executablePath, args: ARGS });
  // Profiles left by a Harbor that was killed go meanwhile (never this one: it is newer than this process).
  const swept = removeOrphanedProfiles({ tempDir });
  let context: PrintContext;
  try {
    [context] = await Promise.all([launching, swept]);
  } catch (error) {
    await swept;
    await removeProfile();
    throw error;
  }
  // One page for every print of this printer, opened now rather than at the first print (the
  // command line starts the printer while the vault's key is derived). A page that failed is
  // closed and the next print opens another.
  const openPage = () => context.newPage();
  let page: Promise<PrintPage> | null = openPage();
  // A failure is the first print's to report (it drops the page and opens another).
  page.catch(() => undefined);
  const dropPage = async (failed: Promise<PrintPage>) => {
    if (page === failed) page = null;
    await (await failed.catch(() => null))?.close().catch(() => undefined);
  };
  let queue: Promise<unknown> = Promise.resolve();
  const printOnce = async (html: string, opts: PrintOptions): Promise<Buffer> => {
    const current = (page ??= openPage());
    try {
      const p = await current;
      await p.setContent(html);
      const pdfOut = await p.pdf(printParams(opts));
      return pdfOut;
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
