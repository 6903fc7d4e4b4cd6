import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { CONTENT_SECURITY_POLICY, SESSION_PARTITION } from '../../electron/app/security-policy';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';

// The electron-store file would land in the stub's userData; the wiring is what is under test.
vi.mock('../../electron/app/electron-preferences', () => ({
  createElectronPreferences: () => createMemoryPreferences(),
}));

const stub = electron as unknown as typeof import('../stubs/electron');
const { recorded } = stub;

beforeAll(async () => {
  await import('../../electron/app/main');
  stub.app.__fireReady();
  await new Promise((r) => setTimeout(r, 0));
});

function mainWindow() {
  const win = recorded.windows[0];
  if (!win) throw new Error('no window was created');
  return win;
}

describe('the Electron shell as wired by electron/app/main.ts', () => {
  it('creates one window with every process-isolation flag set', () => {
    expect(recorded.windows).toHaveLength(1);
    const prefs = mainWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      partition: SESSION_PARTITION,
    });
    expect(prefs.partition.startsWith('persist:')).toBe(false);
    expect(prefs.preload).toMatch(/preload[\\/]index\.js$/);
  });

  it('enables the sandbox app-wide, asks for the single-instance lock, and starts no crash reporter', () => {
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.singleInstanceRequested).toBe(true);
    expect(recorded.crashReporterStarted).toBe(false);
  });

  it('loads the renderer from app://, never file://, with content protection on', () => {
    expect(mainWindow().loadedUrl).toBe('app://harbor/index.html');
    expect(mainWindow().contentProtection).toBe(true);
    expect(recorded.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('denies every permission request and check', () => {
    const ses = recorded.sessions.get(SESSION_PARTITION)!;
    const answers: boolean[] = [];
    for (const p of ['media', 'notifications', 'clipboard-sanitized-write', 'openExternal']) {
      ses.permissionRequestHandler!({}, p, (granted: boolean) => answers.push(granted));
      answers.push(ses.permissionCheckHandler!({}, p));
    }
    expect(answers.every((a) => a === false)).toBe(true);
    expect(ses.devicePermissionHandler!()).toBe(false);
  });

  it('cancels http, https, ws and file requests at the session and adds the CSP to responses', () => {
    const ses = recorded.sessions.get(SESSION_PARTITION)!;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      ses.webRequest.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('http://example.org/')).toBe(true);
    expect(decide('https://example.org/')).toBe(true);
    expect(decide('ws://127.0.0.1:1/')).toBe(true);
    expect(decide('file:///etc/hosts')).toBe(true);
    expect(decide('app://harbor/index.html')).toBe(false);
    let headers: Record<string, string[]> = {};
    ses.webRequest.headersReceived!({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    // Only the header can forbid framing (a meta tag cannot): it must be in what the session sends.
    expect(headers['Content-Security-Policy']![0]!.split('; ')).toContain("frame-ancestors 'none'");
  });

  it('turns the spellchecker off and refuses downloads', () => {
    const ses = recorded.sessions.get(SESSION_PARTITION)!;
    expect(ses.spellCheckerEnabled).toBe(false);
    const event = { preventDefault: vi.fn() };
    ses.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('blocks navigation, redirects, webviews and new windows in every webContents', () => {
    const contents = stub.createFakeWebContents(99);
    stub.app.emit('web-contents-created', {}, contents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://example.org/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('registers one IPC handler per channel and refuses a foreign frame', async () => {
    const handler = recorded.ipcHandlers.get('app:info')!;
    expect(handler).toBeTypeOf('function');
    const wc = mainWindow().webContents;
    const own = await handler({ sender: wc, senderFrame: wc.mainFrame }, undefined);
    expect(own).toEqual({ ok: true, value: expect.objectContaining({ name: 'Harbor' }) });
    const subFrame = { url: 'app://harbor/index.html' };
    const foreign = await handler({ sender: wc, senderFrame: subFrame }, undefined);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const otherOrigin = { url: 'https://evil.example/' };
    wc.mainFrame.url = otherOrigin.url;
    const evil = await handler({ sender: wc, senderFrame: wc.mainFrame }, undefined);
    wc.mainFrame.url = 'app://harbor/index.html';
    expect(evil).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers an invalid payload with a readable error instead of throwing', async () => {
    const handler = recorded.ipcHandlers.get('prefs:set')!;
    const wc = mainWindow().webContents;
    const result = await handler({ sender: wc, senderFrame: wc.mainFrame }, { theme: 42, extra: 'x' });
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^Harbor received a request it could not understand/);
  });

  it('keeps the renderer HTML under the same policy as the protocol headers', async () => {
    const html = await readFile('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors cannot be set from a meta tag (the header above carries it); every other
    // directive must match, in the same order.
    const header = CONTENT_SECURITY_POLICY.split('; ');
    const expected = header.filter((d) => !d.startsWith('frame-ancestors '));
    expect(header.length - expected.length).toBe(1);
    expect(meta?.split('; ')).toEqual(expected);
  });
});
