import path from 'node:path';
import { app, BrowserWindow, clipboard, ipcMain, powerMonitor, protocol, session } from 'electron';
import { createDispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/create-handlers';
import type { MainContext } from '../ipc/main-context';
import { createMainServices } from '../ipc/main-services';
import { createCloseAfterLock } from '../session/close-after-lock';
import { removeOrphanedPartials } from '../platform/atomic-write';
import { runKdfIn } from '../vault/kdf';
import { kdfInWorker } from '../vault/kdf-in-worker';
import { registerAppProtocol } from './app-protocol';
import { createElectronPdfPrinter } from './electron-pdf-printer';
import { confineElectronFiles } from './electron-files';
import { createElectronPreferences } from './electron-preferences';
import { observePreferences } from '../prefs/observed-preferences';
import { registerIpc } from './ipc-bridge';
import { applyWindowIdentity, desktopControls, wireSafety } from './safety-shell';
import { createSaveChooser } from './save-dialog';
import { APP_ENTRY_URL, APP_SCHEME, SESSION_PARTITION } from './security-policy';
import { hardenSession } from './session-hardening';
import { createUtilityImportRunner } from './utility-import-runner';
import { guardAllWebContents } from './web-contents-guards';
import { windowIdentity } from '../safety/window-identity';
import { mainWindowOptions } from './window-options';

// Must run before 'ready': app:// behaves like https (origin, fetch, secure context) without the network.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();
// Chromium's own files (session data, crash dumps, GPU cache) go to a temporary folder, not beside the vault.
const electronFiles = confineElectronFiles(app);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second Harbor would race the first for the vault; hand focus to the running one instead.
  electronFiles.remove();
  app.quit();
} else {
  electronFiles.removeLeftovers();
  app.on('quit', () => electronFiles.remove());
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  guardAllWebContents(app);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  // Every key derivation (unlock, new vault, passphrase change, restore, share codes) in a worker
  // thread: this thread draws the window and answers Quick exit meanwhile.
  runKdfIn(kdfInWorker(path.join(__dirname, 'kdf-worker.js')));
  const ses = session.fromPartition(SESSION_PARTITION);
  hardenSession(ses);
  registerAppProtocol(ses, path.join(__dirname, '../renderer'));

  const assetsDir = path.join(app.getAppPath(), 'assets');
  // The disguise (title, icon) follows the preferences and the quick-exit neutral screen.
  const identify = () => {
    if (mainWindow) applyWindowIdentity(mainWindow, prefs.get(), services.safety.neutralScreen(), assetsDir);
  };
  const prefs = observePreferences(createElectronPreferences(), identify);
  const ctx: MainContext = {
    appInfo: { name: 'Harbor', version: app.getVersion(), platform: process.platform },
    vaultDir: path.join(app.getPath('userData'), 'vault'),
    prefs,
    emit: (event, payload) => mainWindow?.webContents.send(event, payload),
    reloadRenderer: () => mainWindow?.webContents.reload(),
    desktop: desktopControls(() => mainWindow, clipboard, identify),
    chooseSavePath: createSaveChooser(
      () => mainWindow,
      () => prefs.get(),
    ),
    pdfPrinter: createElectronPdfPrinter(),
    importRunner: createUtilityImportRunner(path.join(__dirname, 'import-worker.js')),
  };
  const services = createMainServices(ctx);
  // What a Harbor killed mid-write left in the vault folder goes now, before anything else runs.
  void removeOrphanedPartials(ctx.vaultDir);
  registerIpc(ipcMain, createDispatch(createHandlers(ctx, services)), () => mainWindow?.webContents.id ?? null);
  powerMonitor.on('suspend', () => services.session.requestLock('suspend'));
  powerMonitor.on('lock-screen', () => services.session.requestLock('screen-lock'));

  mainWindow = new BrowserWindow(
    mainWindowOptions({
      preloadPath: path.join(__dirname, '../preload/index.js'),
      title: windowIdentity(prefs.get()).title,
      // Only under `npm run dev` (electron-vite dev sets this): `npm start` runs the app as shipped.
      devTools: !app.isPackaged && process.env.ELECTRON_RENDERER_URL !== undefined,
      bounds: prefs.get().windowBounds,
    }),
  );
  mainWindow.setContentProtection(true);
  wireSafety(app, mainWindow, services);
  identify();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // Closing or quitting with the vault open: the renderer saves what is pending, then it locks.
  const closing = createCloseAfterLock({
    isUnlocked: () => services.session.isUnlocked(),
    requestLock: () => services.session.requestLock('close'),
    destroyWindow: () => mainWindow?.destroy(),
    quit: () => app.quit(),
  });
  mainWindow.on('close', (event) => {
    if (mainWindow) prefs.set({ windowBounds: mainWindow.getBounds() });
    closing.onWindowClose(event);
  });
  app.on('before-quit', (event) => closing.onBeforeQuit(event));
  // The last word: whatever way Harbor ends, the keys are wiped.
  app.on('will-quit', () => {
    if (services.session.isUnlocked()) void services.session.lock('close');
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}
