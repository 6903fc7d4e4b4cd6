import { HarborError } from '../../shared/errors';
import type { PdfPrinter } from './pdf-printer';
import { printToPdfOptions, type PrintToPdfOptions } from './print-to-pdf-options';

/** The part of a hidden Electron window a print uses; tests pass a fake, the app a BrowserWindow. */
export interface PrintWindow {
  load(url: string): Promise<void>;
  printToPdf(options: PrintToPdfOptions): Promise<Uint8Array>;
  destroy(): void;
}

/** A printer that keeps something warm between prints and lets go of it when the vault locks. */
export interface SessionPdfPrinter extends PdfPrinter {
  release(): void;
}

/** Chromium refuses longer URLs; far above a 30-page testimony's print HTML. */
const MAX_DATA_URL = 2 * 1024 * 1024 - 1024;
/**
 * What the window shows between prints, so nothing of the last story stays laid out in it; a data:
 * URL like the prints, the only kind the print session lets through.
 */
const BLANK = 'data:text/html;charset=utf-8,';

/**
 * One print window per unlocked session: made on the first PDF, reused by the next ones (making a
 * window and its renderer costs more than laying out a long testimony), emptied after each print
 * and destroyed by release(), which the session calls on every lock, Quick exit included. Prints
 * run one at a time: a window holds one page. The page is a data: URL, so the plaintext never
 * touches the disk.
 */
export function createSessionPrinter(openWindow: () => PrintWindow): SessionPdfPrinter {
  let win: PrintWindow | null = null;
  /** Counts locks: a print asked for before a lock never opens a window after it. */
  let sessions = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const discard = (w: PrintWindow) => {
    if (win === w) win = null;
    w.destroy();
  };

  const printOnce = async (html: string, options: Parameters<PdfPrinter['print']>[1], session: number) => {
    if (session !== sessions) throw new HarborError('locked', 'vault.sessionLocked');
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (url.length > MAX_DATA_URL) throw new HarborError('invalid_input', 'export.tooLongForPdf');
    const w = (win ??= openWindow());
    try {
      await w.load(url);
      const pdf = Buffer.from(await w.printToPdf(printToPdfOptions(options)));
      // Emptied in the background: the caller has its PDF; the next print waits for this.
      queue = queue.then(() => (win === w ? w.load(BLANK).catch(() => discard(w)) : undefined));
      return pdf;
    } catch (error) {
      // A window that failed (crashed, or destroyed by a lock mid-print) is not reused.
      discard(w);
      throw error;
    }
  };

  return {
    print(html, options) {
      const session = sessions;
      const printed = queue.then(() => printOnce(html, options, session));
      queue = printed.catch(() => undefined);
      return printed;
    },
    release() {
      sessions += 1;
      const w = win;
      win = null;
      w?.destroy();
    },
  };
}
