import { createChromiumPrinter, type ChromiumPrinter } from '../export/chromium-printer';
import type { PdfPrinter } from '../export/pdf-printer';
import { warmUpPrint } from './warm-up-print';

export interface CommandPrinter extends PdfPrinter {
  /**
   * Starts Chromium now, before anything is printed, and warms it with a page of Harbor's own
   * words: `harbor export --format pdf` starts it while the vault's key is derived, so the launch
   * and Chromium's first-print work cost no time of their own. A launch that fails is reported by
   * print(), where it would have failed anyway.
   */
  start(): void;
  /** Ends Chromium, started or starting, and removes its profile. Every command calls it, on every path. */
  close(): Promise<void>;
}

/**
 * One Chromium for one command, only if the command starts it or prints, and always closed by it.
 * A command prints once: Chromium starts closing as soon as that print is back, while the PDF is
 * scrubbed and saved, rather than after.
 */
export function commandPrinter(): CommandPrinter {
  let printer: Promise<ChromiumPrinter> | null = null;
  let closing: Promise<void> | null = null;
  const launch = () => {
    if (printer) return printer;
    printer = createChromiumPrinter();
    // Handled here too, so a launch that fails before print() awaits it is not an unhandled rejection.
    printer.catch(() => undefined);
    return printer;
  };
  const close = () =>
    (closing ??= (async () => {
      if (printer) await (await printer.catch(() => null))?.close();
    })());
  return {
    start() {
      void launch().then(
        (p) => {
          const warm = warmUpPrint();
          // Its bytes are not kept; a failure here is the real print's to meet and report.
          p.print(warm.html, warm.options).catch(() => undefined);
        },
        () => undefined,
      );
    },
    async print(html, options) {
      try {
        return await (await launch()).print(html, options);
      } finally {
        void close().catch(() => undefined);
      }
    },
    close,
  };
}
