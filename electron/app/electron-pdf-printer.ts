import { BrowserWindow, session } from 'electron';
import { createSessionPrinter, type SessionPdfPrinter } from '../export/session-print-window';
import { PRINT_PARTITION, shouldBlockPrintRequest } from './security-policy';
import { hardenSession } from './session-hardening';
import { printWindowOptions } from './window-options';

/**
 * PDFs in the app: the print HTML in a hidden, sandboxed, offscreen window with JavaScript off, in
 * its own in-memory session where every request but that page is cancelled, printed with
 * webContents.printToPDF. One such window serves a whole unlocked session (createSessionPrinter);
 * exportPdf scrubs the result like any other printer's.
 */
export function createElectronPdfPrinter(): SessionPdfPrinter {
  let hardened = false;
  return createSessionPrinter(() => {
    if (!hardened) {
      hardenSession(session.fromPartition(PRINT_PARTITION), shouldBlockPrintRequest);
      hardened = true;
    }
    const win = new BrowserWindow(printWindowOptions());
    let destroyed = false;
    return {
      load: (url) => win.loadURL(url),
      printToPdf: (options) => win.webContents.printToPDF(options),
      destroy: () => {
        if (destroyed) return;
        destroyed = true;
        win.destroy();
      },
    };
  });
}
