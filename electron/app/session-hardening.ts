import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY, decidePermission, shouldBlockRequest } from './security-policy';

/**
 * Locks down the renderer's session: no permission is ever granted (Electron grants all when no
 * handler is set), no request leaves the app's own protocol, no downloads, no spellchecker (it
 * would fetch dictionaries from a CDN and write learned words to disk).
 */
export function hardenSession(ses: Session, blockRequest: (url: string) => boolean = shouldBlockRequest): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: blockRequest(details.url) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.on('will-download', (event) => event.preventDefault());
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
}
