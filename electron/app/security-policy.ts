/**
 * The shell's security decisions as plain data and predicates, so each is unit-tested without
 * Electron and the wiring code has nothing left to decide.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'harbor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** An in-memory partition (no `persist:` prefix): cache, storage and cookies never reach disk. */
export const SESSION_PARTITION = 'harbor';

/** The hidden window that prints PDFs gets its own in-memory session, cut off like the app's. */
export const PRINT_PARTITION = 'harbor-print';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * True only for the app's own origin; every other scheme, host, port or malformed URL is foreign.
 * `origin` is app://harbor in the app; the end-to-end harness, which serves the same renderer from
 * a loopback address, passes that address so its request routing runs this very function.
 */
export function isAppUrl(url: string, origin: string = APP_ORIGIN): boolean {
  try {
    const parsed = new URL(url);
    const own = new URL(origin);
    return (
      parsed.protocol === own.protocol && parsed.host === own.host && parsed.username === '' && parsed.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * Every request that is not to the app's own origin is cancelled, whatever asked for it (fetch,
 * image, stylesheet, font, CSS url(), WebSocket, navigation): Harbor never uses the network.
 */
export function shouldBlockRequest(url: string, origin: string = APP_ORIGIN): boolean {
  return !isAppUrl(url, origin);
}

/**
 * The print window loads one self-contained page (a data: URL of print HTML, which has its own
 * CSP) and needs nothing else: every other request is cancelled.
 */
export function shouldBlockPrintRequest(url: string): boolean {
  return !url.startsWith('data:text/html;');
}

/** Navigation away from the loaded app is never allowed; reloads go through webContents.reload(). */
export function shouldBlockNavigation(_url: string): boolean {
  return true;
}

export interface SenderInfo {
  /** URL of the frame that sent the message, or null when Electron no longer knows it. */
  frameUrl: string | null;
  /** True when the sending frame is its window's top frame. */
  isMainFrame: boolean;
  /** webContents id of the sender. */
  webContentsId: number;
}

/**
 * IPC is accepted only from the app's own main frame in the app's own window. Before the window
 * exists (`appWebContentsId` null) nothing is trusted: a sender's id is always a number.
 */
export function isTrustedSender(sender: SenderInfo, appWebContentsId: number | null): boolean {
  return (
    sender.webContentsId === appWebContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}

/** Harbor asks for no permission (camera, notifications, clipboard-read, …); all are refused. */
export function decidePermission(_permission: string): boolean {
  return false;
}
