import type { AppInfo } from '../../shared/ipc/contract';
import type { EventName, EventPayloads } from '../../shared/ipc/events';
import type { PreferenceStore } from '../prefs/preferences';

/**
 * What the handlers need from the world, passed in so the same handlers run under Electron, under
 * the E2E harness (Playwright bindings) and in unit tests.
 */
export interface MainContext {
  appInfo: AppInfo;
  /** Where the vault lives (userData/vault in the app, a temp dir in tests). */
  vaultDir: string;
  prefs: PreferenceStore;
  /** Push an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Throw away the renderer's memory (used on lock so no plaintext stays in it). */
  reloadRenderer(): void;
  /**
   * Asks the person where to save a file (the OS save dialog in the app); null when they cancel.
   * Minimal version for share packages; the consent/export work may widen it.
   */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
}

export interface SaveRequest {
  /** A neutral name offered in the dialog, e.g. shared-story-2027-01-10.harbor-share. */
  suggestedName: string;
  /** What the dialog's file-type filter shows, e.g. { name: 'Harbor share file', extensions: ['harbor-share'] }. */
  filter: { name: string; extensions: string[] };
}
