import type { ExportFormat } from '../../shared/consent/grant';
import type { AppInfo } from '../../shared/ipc/contract';
import type { EventName, EventPayloads } from '../../shared/ipc/events';
import type { PdfPrinter } from '../export/pdf-printer';
import type { PreferenceStore } from '../prefs/preferences';
import type { ImportRunner } from '../stories/import/import-runner';
import type { DesktopControls } from '../safety/safety-service';

/**
 * What the handlers need from the world, passed in so the same handlers run under Electron, under
 * the E2E harness (Playwright bindings) and in unit tests.
 */
/** What is being saved: an export's format, a Harbor share file (package, withdrawal, receipt), or a template file. */
export type SaveKind =
  | ExportFormat
  | 'harbor-share'
  | 'harbor-receipt'
  | 'harbor-withdrawal'
  | 'harbor-template'
  | 'harbor-backup'
  | 'calendar';

export interface MainContext {
  appInfo: AppInfo;
  /** Where the vault lives (userData/vault in the app, a temp dir in tests). */
  vaultDir: string;
  prefs: PreferenceStore;
  /** Push an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Throw away the renderer's memory (used on lock so no plaintext stays in it). */
  reloadRenderer(): void;
  /** Window and clipboard (quick exit, clipboard clearing); absent where there is no desktop. */
  desktop?: DesktopControls;
  /**
   * Asks where to save an export (the app's save dialog; a folder under the test's data dir in the
   * e2e harness). Resolves to the full path, or null when the person cancelled. Optional (like
   * pdfPrinter) so contexts built for tests that never export need not provide it; the app and
   * the e2e harness always do.
   */
  chooseSavePath?(suggestedName: string, kind: SaveKind): Promise<string | null>;
  /** Prints export HTML to PDF (webContents.printToPDF in the app, Chromium in tests and the CLI). */
  pdfPrinter?: PdfPrinter;
  /**
   * Reads imported files out of the main process (a utility process in the app, a worker thread
   * in tests). Without it, a worker thread over import-worker.js beside the main bundle.
   */
  importRunner?: ImportRunner;
}
