import { createChromiumPrinter, type ChromiumPrinter } from '../export/chromium-printer';
import type { PdfPrinter } from '../export/pdf-printer';

export interface CommandPrinter extends PdfPrinter {
  /**
   * Starts Chromium now, before anything is printed: `harbor export --format pdf` starts it while
   * the vault's key is derived, so the launch costs no time of its own. A launch that fails is
   * reported by print(), where it would have failed anyway.
   */
  start(): void;
  /** Ends Chromium, started or starting, and removes its profile. Every command calls it, on every path. */
  close(): Promise<void>;
}

/** One Chromium for one command, only if the command starts it or prints, and always closed by it. */
export function commandPrinter(): CommandPrinter {
  let printer: Promise<ChromiumPrinter> | null = null;
  const launch = () => {
    if (printer) return printer;
    printer = createChromiumPrinter();
    // Handled here too, so a launch that fails before print() awaits it is not an unhandled rejection.
    printer.catch(() => undefined);
    return printer;
  };
  return {
    start() {
      void launch();
    },
    async print(html, options) {
      return (await launch()).print(html, options);
    },
    async close() {
      if (printer) await (await printer.catch(() => null))?.close();
    },
  };
}
