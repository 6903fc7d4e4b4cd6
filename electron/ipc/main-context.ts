import type { AppInfo } from '../../shared/ipc/contract';
import type { EventName, EventPayloads } from '../../shared/ipc/events';
import type { PreferenceStore } from '../prefs/preferences';
import type { DesktopControls } from '../safety/safety-service';

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
  /** Window and clipboard (quick exit, clipboard clearing); absent where there is no desktop. */
  desktop?: DesktopControls;
}
