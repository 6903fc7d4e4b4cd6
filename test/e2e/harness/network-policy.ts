import type { BrowserContext } from 'playwright-core';
import { shouldBlockRequest } from '../../../electron/app/security-policy';

export interface NetworkLog {
  /** Every request the page let through (all of them to the app's own origin). */
  allowed: string[];
  /** Every request cancelled, with the kind Chromium gave it ('websocket' for WebSockets). */
  blocked: { url: string; kind: string }[];
}

/**
 * Routes every request of a browser context through the shell's own allow-list
 * (electron/app/security-policy.ts, the function session.webRequest calls in the app), with the
 * loopback address the harness serves the renderer from as the app's origin. WebSockets go
 * through it too: none is ever connected to a server.
 */
export async function routeLikeTheShell(context: BrowserContext, origin: string): Promise<NetworkLog> {
  const log: NetworkLog = { allowed: [], blocked: [] };
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (shouldBlockRequest(request.url(), origin)) {
      log.blocked.push({ url: request.url(), kind: request.resourceType() });
      await route.abort('blockedbyclient');
    } else {
      log.allowed.push(request.url());
      await route.continue();
    }
  });
  await context.routeWebSocket(
    () => true,
    (ws) => {
      if (shouldBlockRequest(ws.url(), origin)) {
        log.blocked.push({ url: ws.url(), kind: 'websocket' });
        void ws.close({ code: 1008, reason: 'Harbor never uses the network' });
      } else {
        ws.connectToServer();
      }
    },
  );
  return log;
}
