import type { BrowserWindowConstructorOptions } from 'electron';
import { PRINT_PARTITION, SESSION_PARTITION } from './security-policy';

/** Process isolation every Harbor window has, the main one and the hidden print window alike. */
const ISOLATION = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

export interface WindowOptionsInput {
  preloadPath: string;
  title: string;
  devTools: boolean;
  bounds?: { x: number; y: number; width: number; height: number } | null;
}

/** The main window's options in one place, so a test can check every security flag. */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const size = input.bounds ?? { width: 1200, height: 820 };
  return {
    ...size,
    minWidth: 720,
    minHeight: 520,
    title: input.title,
    show: false,
    backgroundColor: '#f7f5f0',
    autoHideMenuBar: true,
    webPreferences: {
      preload: input.preloadPath,
      ...ISOLATION,
      safeDialogs: true,
      partition: SESSION_PARTITION,
      devTools: input.devTools,
      // Compiled code caches would be written to disk.
      v8CacheOptions: 'none',
    },
  };
}

/**
 * The hidden window that turns print HTML into a PDF: the main window's isolation, plus no
 * JavaScript, no preload, no DevTools, drawn offscreen and never shown.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 816,
    height: 1056,
    webPreferences: {
      ...ISOLATION,
      javascript: false,
      images: false,
      offscreen: true,
      partition: PRINT_PARTITION,
      devTools: false,
      v8CacheOptions: 'none',
    },
  };
}
