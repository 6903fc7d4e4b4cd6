import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportDocx, grantConsent } from './consent-steps';
import { launchQuietChromium } from './harness/chromium';
import { launchHarbor, type HarborApp } from './harness/launch';
import { startLoopbackInternet, watchOutboundConnections, type LoopbackInternet } from './harness/loopback-internet';
import { routeLikeTheShell } from './harness/network-policy';
import { completeFirstRun, freshDataDir, removeDataDir } from './vault-steps';
import { newStory, pasteHtml, waitSaved } from './workspace-steps';

const AUDIENCE = 'Riverside Legal Aid';

/** One request of each kind a page can make, all aimed at `base`, with a path naming the kind. */
function probeEveryKind(page: Page, base: string) {
  return page.evaluate((base) => {
    void fetch(`${base}/fetch`).catch(() => undefined);
    const img = new Image();
    img.src = `${base}/image.png`;
    document.body.append(img);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}/style.css`;
    document.head.append(link);
    void new FontFace('Probe', `url(${base}/font.woff2)`).load().catch(() => undefined);
    const box = document.createElement('div');
    box.style.cssText = 'width: 20px; height: 20px';
    box.style.backgroundImage = `url(${base}/css-url.png)`;
    document.body.append(box);
    try {
      const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/socket`);
      socket.onerror = () => undefined;
    } catch {
      // A WebSocket the page may not open can also throw at once.
    }
    navigator.sendBeacon(`${base}/beacon`, 'x');
  }, base);
}

const KINDS = ['fetch', 'image.png', 'style.css', 'font.woff2', 'css-url.png', 'socket', 'beacon'];

/**
 * "No network, proven": the whole write-and-export flow, with a listener on 127.0.0.1 standing in
 * for the internet. The page's requests go through the very allow-list the shell gives
 * session.webRequest; the main-process side (the real handlers, in this process) is watched too.
 */
describe('no network: writing and exporting with a loopback listener standing in for the internet', () => {
  let internet: LoopbackInternet;
  let outbound: ReturnType<typeof watchOutboundConnections>;
  let dataDir: string;
  let app: HarborApp;

  beforeAll(async () => {
    internet = await startLoopbackInternet();
    dataDir = await freshDataDir();
    app = await launchHarbor({ dataDir });
    await app.page.setViewportSize({ width: 1360, height: 900 });
    // From here on, anything this process connects to is recorded.
    outbound = watchOutboundConnections();
  });
  afterAll(async () => {
    outbound?.stop();
    await app?.page.evaluate(() => window.harbor.vault.lock()).catch(() => undefined);
    await app?.close();
    await internet?.close();
    await removeDataDir(dataDir);
  });

  it('creates a vault, writes, grants consent and exports a Word file without reaching anything but the app', async () => {
    const { page } = app;
    await completeFirstRun(page, { recoveryKey: false });
    await newStory(page, 'The night bus');
    // The listener's address in the words themselves, and in pasted HTML that would load it.
    await page.keyboard.type(`I wrote the address down: ${internet.url}/tracker.png and kept it. `);
    await pasteHtml(
      page,
      `<p>From an email <img src="${internet.url}/pasted.png"> <a href="${internet.url}/pasted-link">a link</a>` +
        `<span style="background:url(${internet.url}/pasted-bg.png)">styled</span></p>` +
        `<link rel="stylesheet" href="${internet.url}/pasted.css">`,
    );
    await waitSaved(page);

    await grantConsent(page, { audience: AUDIENCE, purpose: 'a letter to the housing committee' });
    const fileName = await exportDocx(page, AUDIENCE);
    // Named after the title the consent lets out (nothing in it is withheld here), nothing else.
    expect(fileName).toBe('The night bus.docx');
    expect(await readdir(app.exportsDir)).toEqual([fileName]);

    expect({ connections: internet.connections(), requests: internet.requests() }).toEqual({
      connections: 0,
      requests: [],
    });
    expect(outbound.attempts).toEqual([]);
    if (app.network) {
      const origin = new URL(page.url()).origin;
      expect(app.network.allowed.length).toBeGreaterThan(0);
      expect(app.network.allowed.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      // Not even a cancelled attempt: nothing in the flow asked for anything outside the app.
      expect(app.network.blocked).toEqual([]);
    }
  });

  it('in the app page, each kind of request is refused: by the Content-Security-Policy, or the allow-list behind it', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.blockedURI));
    });
    await probeEveryKind(page, internet.url);
    const refused = async () => {
      const csp = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      const routed = app.network?.blocked.map((b) => b.url) ?? [];
      return KINDS.filter((kind) => ![...csp, ...routed].some((uri) => uri.includes(kind)));
    };
    await expect.poll(refused).toEqual([]);
    expect({ connections: internet.connections(), requests: internet.requests() }).toEqual({
      connections: 0,
      requests: [],
    });
    expect(outbound.attempts).toEqual([]);
  });

  it.skipIf(process.env.HARBOR_E2E_ELECTRON === '1')(
    'with the CSP out of the way, the shell’s allow-list alone cancels each kind, navigation included',
    async () => {
      const origin = new URL(app.page.url()).origin;
      const chromium = await launchQuietChromium({ bypassCSP: true });
      const { context } = chromium;
      try {
        const log = await routeLikeTheShell(context, origin);
        const probe = await context.newPage();
        await probe.goto(`${origin}/index.html`);
        await probeEveryKind(probe, internet.url);
        const paths = () => log.blocked.map((b) => new URL(b.url).pathname.slice(1));
        await expect.poll(() => KINDS.filter((kind) => !paths().includes(kind))).toEqual([]);
        // Last, since a cancelled navigation leaves the page on an error page.
        await probe.evaluate((base) => {
          window.location.href = `${base}/navigation`;
        }, internet.url);
        await expect.poll(paths).toContain('navigation');
        expect(log.blocked.find((b) => b.url.endsWith('/navigation'))!.kind).toBe('document');
        expect(log.blocked.find((b) => b.url.endsWith('/socket'))!.kind).toBe('websocket');
        expect(log.allowed.every((url) => new URL(url).origin === origin)).toBe(true);
        expect({ connections: internet.connections(), requests: internet.requests() }).toEqual({
          connections: 0,
          requests: [],
        });
        expect(outbound.attempts).toEqual([]);
      } finally {
        await chromium.close();
      }
    },
  );
});
