import { describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { createElectronPdfPrinter } from '../../electron/app/electron-pdf-printer';
import { createSaveChooser } from '../../electron/app/save-dialog';
import { PRINT_PARTITION, SESSION_PARTITION } from '../../electron/app/security-policy';
import { createChromiumPrinter } from '../../electron/export/chromium-printer';
import { printToPdfOptions } from '../../electron/export/print-to-pdf-options';
import { renderPrintHtml } from '../../shared/export/print-html';

const stub = electron as unknown as typeof import('../stubs/electron');
const { recorded } = stub;

const html = renderPrintHtml({
  language: 'es',
  title: 'Testimonio',
  byline: 'M.',
  blocks: [{ type: 'paragraph', runs: [{ text: 'Hola' }] }],
  paper: 'a4',
});

describe('the app PDF printer (webContents.printToPDF)', () => {
  it('prints in a hidden, sandboxed, offscreen window without JavaScript in its own cut-off session, empties it after, and destroys it on release (every lock)', async () => {
    const before = recorded.windows.length;
    const loads: string[] = [];
    const loadURL = vi.spyOn(stub.BrowserWindow.prototype, 'loadURL').mockImplementation(function (
      this: InstanceType<typeof stub.BrowserWindow>,
      url: string,
    ) {
      loads.push(url);
      this.loadedUrl = url;
      return Promise.resolve();
    });
    const printer = createElectronPdfPrinter();
    const pdf = await printer.print(html, { paper: 'a4', headerFooter: { language: 'es' } });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const win = recorded.windows[before]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      offscreen: true,
      webSecurity: true,
      devTools: false,
      partition: PRINT_PARTITION,
    });
    expect(win.options.webPreferences.preload).toBeUndefined();
    expect(PRINT_PARTITION).not.toBe(SESSION_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    // The page is the print HTML itself, carried in the URL: never a file on disk, never the network.
    const printedUrl = loads[0]!;
    expect(printedUrl.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(printedUrl.split(',')[1]!, 'base64').toString('utf8')).toBe(html);
    // Then the window is emptied, kept for the session's next PDF, and destroyed when the vault locks.
    await vi.waitFor(() => expect(win.loadedUrl).toBe('data:text/html;charset=utf-8,'));
    await printer.print(html, { paper: 'a4', headerFooter: { language: 'es' } });
    expect(recorded.windows.length).toBe(before + 1);
    expect(win.destroyed).toBe(false);
    printer.release();
    expect(win.destroyed).toBe(true);
    loadURL.mockRestore();

    const ses = recorded.sessions.get(PRINT_PARTITION)!;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      ses.webRequest.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide(printedUrl)).toBe(false);
    expect(decide('data:text/html;charset=utf-8,')).toBe(false);
    for (const url of [
      'https://example.org/font.woff',
      'file:///etc/passwd',
      'app://harbor/index.html',
      'data:image/png;base64,AA',
    ]) {
      expect(decide(url)).toBe(true);
    }
    expect(ses.permissionCheckHandler!({}, 'media')).toBe(false);
  });

  it('asks for the same pages as the Chromium printer: paper, margins, the CSS page size, tagged', async () => {
    const win = recorded.windows.at(-1)!;
    const options = win.webContents.printed.at(-1) as ReturnType<typeof printToPdfOptions>;
    expect(options).toEqual(printToPdfOptions({ paper: 'a4', headerFooter: { language: 'es' } }));
    expect(options).toMatchObject({
      pageSize: 'A4',
      margins: { top: 1, bottom: 1, left: 1, right: 1 },
      // Chromium's own header and footer stay off: the margin boxes below are the only ones.
      displayHeaderFooter: false,
      generateTaggedPDF: true,
      // The print CSS's exact size and its @page margin boxes (page numbers, running header) win.
      preferCSSPageSize: true,
    });
    // Never empty: Chromium would print its default header and footer, with the date.
    expect(options.headerTemplate).not.toBe('');
    expect(options.footerTemplate).not.toBe('');
    // Same size as what Chromium over its DevTools pipe prints for the CLI and tests.
    const chromium = await createChromiumPrinter();
    try {
      const pdf = (await chromium.print(html, { paper: 'a4', headerFooter: { language: 'es' } })).toString('latin1');
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+59[45](?:\.\d+)?\s+84[12](?:\.\d+)?\s*\]/);
    } finally {
      await chromium.close();
    }
  });
});

describe('the save dialog', () => {
  const english = () => ({ disguise: false, language: 'en' as const });
  const KINDS = [
    'docx',
    'pdf',
    'harbor-share',
    'harbor-receipt',
    'harbor-withdrawal',
    'harbor-template',
    'harbor-backup',
    'calendar',
  ] as const;
  /** The file type each kind is listed as, with these preferences. */
  async function typeNames(prefs: { disguise: boolean; language: 'en' | 'es' }) {
    stub.dialog.next = { canceled: true, filePath: '' };
    const names: string[] = [];
    for (const kind of KINDS) {
      await createSaveChooser(
        () => null,
        () => prefs,
      )('a-file', kind);
      names.push(stub.dialog.calls.at(-1)!.options.filters[0].name);
    }
    return names;
  }

  it("names each file type in the person's language, and never as Harbor's while disguised", async () => {
    expect(await typeNames({ disguise: false, language: 'es' })).toEqual([
      'Word',
      'PDF',
      'Archivo para compartir de Harbor',
      'Recibo de Harbor',
      'Retirada de Harbor',
      'Plantilla de Harbor',
      'Copia de seguridad de Harbor',
      'Calendario',
    ]);
    for (const language of ['en', 'es'] as const) {
      const names = await typeNames({ disguise: true, language });
      expect(names.filter((n) => /harbor/i.test(n))).toEqual([]);
    }
    expect(await typeNames({ disguise: true, language: 'en' })).toContain('Backup');
  });

  it('suggests the neutral name in Documents, never adds the file to recent documents, and adds the extension', async () => {
    const parent = (recorded.windows[0] ?? null) as unknown as electron.BrowserWindow | null;
    stub.dialog.next = { canceled: false, filePath: '/home/x/Documents/for the committee' };
    const chosen = await createSaveChooser(() => parent, english)('testimony-2027-02-01.pdf', 'pdf');
    expect(chosen).toBe('/home/x/Documents/for the committee.pdf');
    const { options } = stub.dialog.calls.at(-1)!;
    expect(options.defaultPath).toMatch(/testimony-2027-02-01\.pdf$/);
    expect(options.properties).toContain('dontAddToRecent');
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('answers null when the person cancels', async () => {
    stub.dialog.next = { canceled: true, filePath: '' };
    expect(await createSaveChooser(() => null, english)('letter-2027-02-01.docx', 'docx')).toBeNull();
  });
});
