import { BrowserWindow, session } from 'electron';
import { HarborError } from '../../shared/errors';
import type { PdfPrinter } from '../export/pdf-printer';
import { printToPdfOptions } from '../export/print-to-pdf-options';
import { PRINT_PARTITION, shouldBlockPrintRequest } from './security-policy';
import { hardenSession } from './session-hardening';
import { printWindowOptions } from './window-options';

/** Chromium refuses longer URLs; far above a 30-page testimony's print HTML. */
const MAX_DATA_URL = 2 * 1024 * 1024 - 1024;

/**
 * PDFs in the app: the print HTML in a hidden, sandboxed, offscreen window with JavaScript off, in
 * its own in-memory session where every request but that page is cancelled, printed with
 * webContents.printToPDF. The page is a data: URL, so the plaintext never touches the disk.
 * exportPdf scrubs the result like any other printer's.
 */
export function createElectronPdfPrinter(): PdfPrinter {
  let hardened = false;
  return {
    async print(html, options) {
      const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
      if (url.length > MAX_DATA_URL) {
        throw new HarborError('invalid_input', 'export.tooLongForPdf');
      }
      if (!hardened) {
        hardenSession(session.fromPartition(PRINT_PARTITION), shouldBlockPrintRequest);
        hardened = true;
      }
      const win = new BrowserWindow(printWindowOptions());
      try {
        await win.loadURL(url);
        return Buffer.from(await win.webContents.printToPDF(printToPdfOptions(options)));
      } finally {
        win.destroy();
      }
    },
  };
}
