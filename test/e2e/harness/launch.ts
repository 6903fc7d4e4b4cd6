import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { EventName, EventPayloads } from '../../../shared/ipc/events';
import { HarborError } from '../../../shared/errors';
import { failWith } from '../../../shared/ipc/result';
import { createChromiumPrinter, type ChromiumPrinter } from '../../../electron/export/chromium-printer';
import { createHandlers } from '../../../electron/ipc/create-handlers';
import { createDispatch } from '../../../electron/ipc/dispatch';
import type { MainContext } from '../../../electron/ipc/main-context';
import { createMainServices } from '../../../electron/ipc/main-services';
import { testImportRunner } from '../../support/import-worker-harness';
import { createMemoryPreferences } from '../../../electron/prefs/memory-preferences';
import { runKdfIn } from '../../../electron/vault/kdf';
import { kdfInWorker } from '../../../electron/vault/kdf-in-worker';
import type { DesktopControls } from '../../../electron/safety/safety-service';
import { buildBridgeShim } from './build-shim';
import { launchQuietChromium } from './chromium';
import { routeLikeTheShell, type NetworkLog } from './network-policy';
import { startRendererServer } from './renderer-server';

export interface HarborApp {
  page: Page;
  /** The folder standing in for the app's userData (the vault lives in dataDir/vault). */
  dataDir: string;
  /**
   * Where exports and withdrawal letters land (dataDir/exports): the harness's save "dialog" saves
   * there at once, under the file name the app suggested or the person typed.
   */
  exportsDir: string;
  mode: 'chromium' | 'electron';
  /**
   * Here, every request the page made, through the shell's own allow-list (under Electron the
   * session does this and the spec cannot see it: null).
   */
  network: NetworkLog | null;
  /** Here, the channels the page called, in order (null under Electron). */
  invoked: string[] | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dataDir?: string;
  prefs?: Record<string, unknown>;
  /** Extra Chromium flags (the benchmarks unlock the frame rate); ignored under Electron. */
  chromiumArgs?: string[];
  /** Window and clipboard for quick exit (a stub the spec reads); ignored under Electron. */
  desktop?: DesktopControls;
  /** Holds each call until the promise it returns settles (to see what shows while Harbor waits); ignored under Electron. */
  beforeCall?: (channel: string) => Promise<void>;
}

/**
 * Starts Harbor for a spec. Here (no Electron binary) the renderer runs in Debian's Chromium and
 * the preload is stood in for by bindings that call the real main-process handler table: real
 * crypto, real files. With HARBOR_E2E_ELECTRON=1 the same specs drive the real app.
 */
export async function launchHarbor(options: LaunchOptions = {}): Promise<HarborApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'harbor-e2e-')));
  const ownsDir = !options.dataDir;
  const cleanup = async () => {
    if (ownsDir) await rm(dataDir, { recursive: true, force: true });
  };
  return process.env.HARBOR_E2E_ELECTRON === '1'
    ? launchElectron(dataDir, cleanup)
    : launchChromium(dataDir, options, cleanup);
}

async function launchElectron(dataDir: string, cleanup: () => Promise<void>): Promise<HarborApp> {
  const app: ElectronApplication = await _electron.launch({
    args: [path.resolve('out/main/index.js'), `--user-data-dir=${dataDir}`],
  });
  const page = await app.firstWindow();
  return {
    page,
    dataDir,
    exportsDir: path.join(dataDir, 'exports'),
    mode: 'electron',
    network: null,
    invoked: null,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

async function launchChromium(
  dataDir: string,
  options: LaunchOptions,
  cleanup: () => Promise<void>,
): Promise<HarborApp> {
  const server = await startRendererServer();
  const browser = await launchQuietChromium(options.chromiumArgs ? { args: options.chromiumArgs } : {});
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // The shell cancels every request that is not to the app's own origin; so does the harness.
  const network = await routeLikeTheShell(page.context(), new URL(server.url).origin);
  const invoked: string[] = [];
  const exportsDir = path.join(dataDir, 'exports');
  // PDFs print through their own Chromium (the one the CLI uses), started on the first PDF only.
  let printer: Promise<ChromiumPrinter> | null = null;

  const ctx: MainContext = {
    appInfo: { name: 'Harbor', version: '0.0.0-e2e', platform: process.platform },
    vaultDir: path.join(dataDir, 'vault'),
    prefs: createMemoryPreferences(options.prefs ?? {}),
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => {
      void page
        .evaluate(
          ([e, p]) => (window as unknown as { __harborEmit?: (e: string, p: unknown) => void }).__harborEmit?.(e, p),
          [event, payload] as const,
        )
        .catch(() => undefined);
    },
    reloadRenderer: () => {
      void page.reload().catch(() => undefined);
    },
    chooseSavePath: async (suggestedName) => {
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      return path.join(exportsDir, path.basename(suggestedName));
    },
    pdfPrinter: {
      print: async (html, opts) => (await (printer ??= createChromiumPrinter())).print(html, opts),
    },
    // Imports in a bounded worker thread, as the app does in a utility process.
    importRunner: testImportRunner(),
    ...(options.desktop ? { desktop: options.desktop } : {}),
  };
  // Real Argon2id, at the lowest parameters Harbor accepts, so each spec does not spend seconds per unlock,
  // derived in the app's own worker thread (out/main/kdf-worker.js, of the last build) as the app does.
  runKdfIn(kdfInWorker(path.resolve('out/main/kdf-worker.js')));
  const services = createMainServices(ctx, {
    createOptions: { kdf: { memoryKiB: 19456, iterations: 2 } },
    shareKdf: { memoryKiB: 19456, iterations: 2, parallelism: 1 },
  });
  const dispatch = createDispatch(createHandlers(ctx, services));

  // The same rule as the shell's sender check: only the app's own top frame may call in.
  await page.exposeBinding('__harborInvoke', (source, channel: unknown, request: unknown) => {
    if (source.frame !== page.mainFrame()) return failWith(new HarborError('forbidden', 'request.forbidden'));
    invoked.push(String(channel));
    const held = options.beforeCall?.(String(channel));
    return held ? held.then(() => dispatch(channel, request)) : dispatch(channel, request);
  });
  await page.addInitScript({ content: await buildBridgeShim() });
  await page.goto(server.url);

  return {
    page,
    dataDir,
    exportsDir,
    mode: 'chromium',
    network,
    invoked,
    close: async () => {
      if (printer) await (await printer).close();
      await browser.close();
      await server.close();
      await cleanup();
    },
  };
}
