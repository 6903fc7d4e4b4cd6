import path from 'node:path';
import type { App, BrowserWindow, clipboard as electronClipboard } from 'electron';
import type { Preferences } from '../../shared/preferences';
import type { MainServices } from '../ipc/main-services';
import type { DesktopControls } from '../safety/safety-service';
import { windowIdentity } from '../safety/window-identity';

/** Quick exit's window actions and the clipboard, for a window that may not exist yet. */
export function desktopControls(
  window: () => BrowserWindow | null,
  clipboard: typeof electronClipboard,
  update: () => void,
): DesktopControls {
  return {
    minimize: () => window()?.minimize(),
    close: () => window()?.close(),
    clipboard: { readText: () => clipboard.readText(), clear: () => clipboard.clear() },
    neutralChanged: update,
  };
}

/** Title and icon from the disguise preference (and the neutral screen), applied now and on change. */
export function applyWindowIdentity(win: BrowserWindow, prefs: Preferences, neutral: boolean, assetsDir: string): void {
  const identity = windowIdentity(prefs, neutral);
  win.setTitle(identity.title);
  win.setIcon(path.join(assetsDir, identity.icon));
}

/**
 * Safety wiring for the main window: focus loss feeds the optional focus lock; the page's own
 * <title> never overrides the (possibly neutral) window title; no export ever appears in the OS
 * list of recent documents (nothing calls addRecentDocument; this also clears what might be there).
 */
export function wireSafety(app: App, win: BrowserWindow, services: MainServices): void {
  app.clearRecentDocuments();
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('blur', () => services.safety.focusLock.blurred());
  win.on('focus', () => services.safety.focusLock.focused());
}
