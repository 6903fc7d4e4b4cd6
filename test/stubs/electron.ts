/**
 * A recording stand-in for the 'electron' module (the real one downloads its binary on first
 * import, which these machines cannot do). Security tests drive the shell's wiring through it and
 * inspect what was registered.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: any[]) => any;

export class FakeEmitter extends EventEmitter {}

export function createFakeSession(partition = '') {
  const webRequest = {
    beforeRequest: null as Handler | null,
    headersReceived: null as Handler | null,
    onBeforeRequest(fn: Handler) {
      this.beforeRequest = fn;
    },
    onHeadersReceived(fn: Handler) {
      this.headersReceived = fn;
    },
  };
  const session = Object.assign(new FakeEmitter(), {
    partition,
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    devicePermissionHandler: null as Handler | null,
    spellCheckerEnabled: true,
    spellCheckerUrl: null as string | null,
    protocolHandlers: new Map<string, Handler>(),
    webRequest,
    protocol: {
      handle: (scheme: string, fn: Handler) => session.protocolHandlers.set(scheme, fn),
    },
    setPermissionRequestHandler(fn: Handler) {
      session.permissionRequestHandler = fn;
    },
    setPermissionCheckHandler(fn: Handler) {
      session.permissionCheckHandler = fn;
    },
    setDevicePermissionHandler(fn: Handler) {
      session.devicePermissionHandler = fn;
    },
    setSpellCheckerEnabled(on: boolean) {
      session.spellCheckerEnabled = on;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      session.spellCheckerUrl = url;
    },
  });
  return session;
}

export function createFakeWebContents(id = 1) {
  const mainFrame = { url: 'app://harbor/index.html' };
  const contents = Object.assign(new FakeEmitter(), {
    id,
    mainFrame,
    windowOpenHandler: null as Handler | null,
    sent: [] as [string, unknown][],
    reloads: 0,
    printed: [] as unknown[],
    /** A stand-in PDF; the options are what a test checks. */
    printToPDF(options: unknown) {
      contents.printed.push(options);
      return Promise.resolve(Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'));
    },
    setWindowOpenHandler(fn: Handler) {
      contents.windowOpenHandler = fn;
    },
    send(channel: string, payload: unknown) {
      contents.sent.push([channel, payload]);
    },
    reload() {
      contents.reloads += 1;
    },
  });
  return contents;
}

export const recorded = {
  windows: [] as BrowserWindow[],
  sessions: new Map<string, ReturnType<typeof createFakeSession>>(),
  privilegedSchemes: [] as unknown[],
  exposed: new Map<string, unknown>(),
  ipcHandlers: new Map<string, Handler>(),
  rendererListeners: new Map<string, Set<Handler>>(),
  invoked: [] as [string, unknown][],
  sandboxEnabled: false,
  singleInstanceRequested: false,
  crashReporterStarted: false,
  quitCalled: false,
  recentDocumentsCleared: 0,
  recentDocumentsAdded: [] as string[],
  quitCalls: 0,
  /** app.setPath calls, by name (sessionData, crashDumps, …). */
  paths: new Map<string, string>(),
  /** app.commandLine.appendSwitch calls: [switch, value]. */
  switches: [] as [string, string | undefined][],
};

let nextWebContentsId = 1;

export class BrowserWindow extends FakeEmitter {
  readonly options: any;
  readonly webContents = createFakeWebContents(nextWebContentsId++);
  contentProtection = false;
  loadedUrl: string | null = null;
  title = '';
  icon: string | null = null;
  minimized = 0;
  closed = 0;
  destroyed = false;
  constructor(options: any) {
    super();
    this.options = options;
    recorded.windows.push(this);
  }
  setContentProtection(on: boolean) {
    this.contentProtection = on;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  /** Like Electron's: closes without a 'close' event, then 'closed'. */
  destroy() {
    this.destroyed = true;
    this.emit('closed');
  }
  show() {}
  setTitle(title: string) {
    this.title = title;
  }
  setIcon(icon: string) {
    this.icon = icon;
  }
  minimize() {
    this.minimized += 1;
  }
  close() {
    this.closed += 1;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  getBounds() {
    return { x: 0, y: 0, width: 1200, height: 820 };
  }
}

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

export const app = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  enableSandbox: () => {
    recorded.sandboxEnabled = true;
  },
  requestSingleInstanceLock: () => {
    recorded.singleInstanceRequested = true;
    return true;
  },
  quit: () => {
    recorded.quitCalled = true;
    recorded.quitCalls += 1;
  },
  whenReady: () => ready,
  getVersion: () => '0.0.0-stub',
  getAppPath: () => '/tmp/harbor-stub-app',
  clearRecentDocuments: () => {
    recorded.recentDocumentsCleared += 1;
  },
  addRecentDocument: (file: string) => {
    recorded.recentDocumentsAdded.push(file);
  },
  /** A spec that lets the shell open a real vault points this at its own temp folder. */
  getPath: (name: string) =>
    recorded.paths.get(name) ?? process.env.HARBOR_STUB_USER_DATA ?? '/tmp/harbor-stub-user-data',
  setPath: (name: string, value: string) => {
    recorded.paths.set(name, value);
  },
  commandLine: {
    appendSwitch: (name: string, value?: string) => {
      recorded.switches.push([name, value]);
    },
  },
  /** Test-only: lets a spec run what the app does on 'ready'. */
  __fireReady: () => resolveReady(),
});

export const session = {
  fromPartition(partition: string) {
    const existing = recorded.sessions.get(partition);
    if (existing) return existing;
    const created = createFakeSession(partition);
    recorded.sessions.set(partition, created);
    return created;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    recorded.privilegedSchemes.push(...schemes);
  },
};

export const ipcMain = {
  handle(channel: string, fn: Handler) {
    recorded.ipcHandlers.set(channel, fn);
  },
  // electron-store answers its renderer side here; Harbor's renderer never asks, so nothing is kept.
  on(_channel: string, _fn: Handler) {},
};

export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown) {
    recorded.exposed.set(key, value);
  },
};

export const ipcRenderer = {
  invoke(channel: string, payload: unknown) {
    recorded.invoked.push([channel, payload]);
    return Promise.resolve({ ok: true, value: null });
  },
  on(channel: string, fn: Handler) {
    const set = recorded.rendererListeners.get(channel) ?? new Set();
    set.add(fn);
    recorded.rendererListeners.set(channel, set);
  },
  removeListener(channel: string, fn: Handler) {
    recorded.rendererListeners.get(channel)?.delete(fn);
  },
};

export const powerMonitor = new FakeEmitter();

/** A clipboard a test can fill and read back (answering with a promise, which the guard also accepts). */
export const clipboard = {
  text: '',
  readText() {
    return Promise.resolve(clipboard.text);
  },
  writeText(text: string) {
    clipboard.text = text;
  },
  clear() {
    clipboard.text = '';
  },
};

/** The save dialog answers what a test put in `next` (cancelled by default) and records each call. */
export const dialog = {
  calls: [] as { parent: unknown; options: any }[],
  next: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  showSaveDialog(parentOrOptions: unknown, maybeOptions?: unknown) {
    const [parent, options] = maybeOptions === undefined ? [null, parentOrOptions] : [parentOrOptions, maybeOptions];
    dialog.calls.push({ parent, options });
    return Promise.resolve(dialog.next);
  },
};

export const crashReporter = {
  start() {
    recorded.crashReporterStarted = true;
  },
};

export default {
  app,
  BrowserWindow,
  session,
  protocol,
  ipcMain,
  contextBridge,
  ipcRenderer,
  crashReporter,
  powerMonitor,
  clipboard,
  dialog,
};
