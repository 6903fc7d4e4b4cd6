import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { cdpOverPipe } from './cdp-pipe';

/** Page.printToPDF's parameters as Harbor sets them (lengths in inches). */
export interface PrintToPdfParams {
  paperWidth: number;
  paperHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: boolean;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

/** One page of the printing browser: a whole HTML document in, PDF bytes out. */
export interface PrintPage {
  setContent(html: string): Promise<void>;
  pdf(params: PrintToPdfParams): Promise<Buffer>;
  close(): Promise<void>;
}

/** The printing browser: its pages, and the end of it. */
export interface PrintContext {
  newPage(): Promise<PrintPage>;
  close(): Promise<void>;
}

/**
 * Chromium as a typesetter and nothing else: no network of its own (no updates, sync, metrics,
 * field trials, pings, sign-in or search preconnects), no extensions or default apps, no first-run
 * work, no crash reports; keys and passwords in the profile only, never the desktop's keyring.
 */
const QUIET_SWITCHES = [
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-features=OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch,MediaRouter,LensOverlay,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  '--enable-features=SkipListAccountsWithoutGaiaCookies',
  '--disable-renderer-backgrounding',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--hide-scrollbars',
  '--mute-audio',
];

/**
 * Chromium's defaults for the generic families on Linux, set as the printer always had them (the
 * print CSS names its fonts; these decide only what "serif" and the like fall back to).
 */
const LINUX_FONT_FAMILIES = {
  fontFamilies: {
    standard: 'Times New Roman',
    fixed: 'Monospace',
    serif: 'Times New Roman',
    sansSerif: 'Arial',
    cursive: 'Comic Sans MS',
    fantasy: 'Impact',
  },
};

/**
 * The folder of the full browser's process-singleton socket (`<tmp>/org.chromium.Chromium.XXXXXX`),
 * which it makes beside its profile and removes only when it shuts down cleanly; the profile's
 * SingletonSocket link points into it. The headless shell makes none.
 */
async function singletonFolder(profileDir: string): Promise<string | null> {
  try {
    const folder = path.dirname(await fs.readlink(path.join(profileDir, 'SingletonSocket')));
    return /^org\.chromium\.Chromium\.\w+$/.test(path.basename(folder)) ? folder : null;
  } catch {
    return null;
  }
}

/**
 * Starts Chromium over a DevTools pipe with a profile directory of the caller's, and offers pages
 * that can neither run script nor fetch anything: every request is refused, the network is
 * emulated offline, and JavaScript is off (print HTML is self-contained, with a CSP of its own).
 */
export async function launchPipeChromium(
  profileDir: string,
  { executablePath, args }: { executablePath: string; args: string[] },
): Promise<PrintContext> {
  const child = spawn(
    executablePath,
    [...QUIET_SWITCHES, ...args, `--user-data-dir=${profileDir}`, '--remote-debugging-pipe', '--no-startup-window'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const cdp = cdpOverPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  try {
    // The first answer says the browser is up (a missing or broken Chromium fails here).
    await Promise.race([
      cdp.send('Browser.getVersion'),
      new Promise((_, reject) => child.once('error', reject)),
      cdp.closed.then(() => Promise.reject(new Error('Chromium exited as it started'))),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  // Every request any page makes is refused, whatever it is for.
  cdp.onEvent((event) => {
    if (event.method !== 'Fetch.requestPaused') return;
    const requestId = event.params.requestId as string;
    cdp
      .send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, event.sessionId)
      .catch(() => undefined);
  });
  const loads = new Map<string, () => void>();
  cdp.onEvent((event) => {
    if (event.method === 'Page.loadEventFired' && event.sessionId) loads.get(event.sessionId)?.();
  });

  return {
    async newPage() {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const on = (method: string, params: object = {}) => cdp.send(method, params, sessionId);
      await Promise.all([
        on('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
        on('Network.enable').then(() =>
          on('Network.emulateNetworkConditions', {
            offline: true,
            latency: 0,
            downloadThroughput: -1,
            uploadThroughput: -1,
          }),
        ),
        on('Emulation.setScriptExecutionDisabled', { value: true }),
        on('Page.enable'),
        ...(process.platform === 'linux' ? [on('Page.setFontFamilies', LINUX_FONT_FAMILIES)] : []),
      ]);
      const { frameTree } = (await on('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      return {
        async setContent(html) {
          // Written straight into the page (no navigation, so nothing to intercept); the load
          // event says the document is complete.
          const loaded = new Promise<void>((resolve) => loads.set(sessionId, resolve));
          try {
            await on('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
            await Promise.race([
              loaded,
              cdp.closed.then(() => Promise.reject(new Error('Chromium exited while printing'))),
            ]);
          } finally {
            loads.delete(sessionId);
          }
        },
        async pdf(params) {
          const { data } = (await on('Page.printToPDF', { ...params, transferMode: 'ReturnAsBase64' })) as {
            data: string;
          };
          return Buffer.from(data, 'base64');
        },
        async close() {
          await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
        },
      };
    },
    // Ended at once, not asked to close: its profile is thrown away by the caller, so a clean
    // shutdown only writes files that are deleted right after, and it took the full browser about
    // 100 ms after a command's print was done (docs/decisions/0013). Its helper processes end
    // with it; print-profiles.ts sweeps any profile a helper wrote to afterwards.
    async close() {
      const singleton = await singletonFolder(profileDir);
      child.kill('SIGKILL');
      await exited;
      if (singleton) await fs.rm(singleton, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
