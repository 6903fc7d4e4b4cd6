import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { createHash } from 'node:crypto';
import { SESSION_PARTITION } from '../../electron/app/security-policy';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';
import { resources } from '../../renderer/src/i18n/resources';

// The preferences start with the disguise on, as if chosen at first run.
vi.mock('../../electron/app/electron-preferences', () => ({
  createElectronPreferences: () => createMemoryPreferences({ disguise: true, quickExitAction: 'minimize' }),
}));

const stub = electron as unknown as typeof import('../stubs/electron');
const { recorded } = stub;

beforeAll(async () => {
  await import('../../electron/app/main');
  stub.app.__fireReady();
  await new Promise((r) => setTimeout(r, 0));
});

const win = () => recorded.windows[0]!;
const call = (channel: string, payload?: unknown) => {
  const wc = win().webContents;
  return recorded.ipcHandlers.get(channel)!({ sender: wc, senderFrame: wc.mainFrame }, payload);
};

/** What the session's onBeforeRequest answers for a request of this kind. */
function cancelled(url: string, resourceType: string): boolean | undefined {
  const ses = recorded.sessions.get(SESSION_PARTITION)!;
  let cancel: boolean | undefined;
  ses.webRequest.beforeRequest!({ url, resourceType, method: 'GET' }, (r: { cancel: boolean }) => (cancel = r.cancel));
  return cancel;
}

describe('no network: every kind of request the page can make is cancelled at the session', () => {
  // One row per way a page reaches out, with the resource type Electron reports for it.
  const kinds = [
    ['fetch()', 'xhr', 'https://example.org/collect'],
    ['an image', 'image', 'http://203.0.113.7/pixel.gif'],
    ['a <link> stylesheet', 'stylesheet', 'https://cdn.example.org/theme.css'],
    ['a web font', 'font', 'https://fonts.example.org/font.woff2'],
    ['a CSS url() background', 'image', 'http://127.0.0.1:8080/bg.png'],
    ['a WebSocket', 'webSocket', 'ws://127.0.0.1:9000/'],
    ['a secure WebSocket', 'webSocket', 'wss://example.org/live'],
    ['a navigation', 'mainFrame', 'https://example.org/'],
    ['a frame', 'subFrame', 'https://example.org/embed'],
    ['a beacon', 'ping', 'https://example.org/beacon'],
    ['a look-alike of the app origin', 'script', 'app://harbor.evil/index.js'],
    ['credentials smuggled before the app host', 'xhr', 'app://user:pw@harbor/'],
    ['a local file', 'image', 'file:///home/someone/photo.jpg'],
  ] as const;
  it.each(kinds)('%s', (_label, type, url) => {
    expect(cancelled(url, type)).toBe(true);
  });

  it('while the app’s own files load', () => {
    for (const type of ['mainFrame', 'script', 'stylesheet', 'font', 'image']) {
      expect(cancelled('app://harbor/assets/index.js', type)).toBe(false);
    }
  });

  it('and navigation inside the window is refused even to the app’s own origin', () => {
    const contents = stub.createFakeWebContents(77);
    stub.app.emit('web-contents-created', {}, contents);
    for (const url of ['app://harbor/index.html', 'http://127.0.0.1:8080/', 'https://example.org/']) {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });
});

describe('disguise', () => {
  it('shows the neutral name and icon in the window from the start', () => {
    expect(win().options.title).toBe('Notes');
    expect(win().title).toBe('Notes');
    expect(path.basename(win().icon!)).toBe('notes.png');
  });

  it('keeps the page from putting its own title back', () => {
    const event = { preventDefault: vi.fn() };
    win().emit('page-title-updated', event, 'Harbor');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('follows the setting when it changes', async () => {
    await call('prefs:set', { disguise: false });
    expect(win().title).toBe('Harbor');
    expect(path.basename(win().icon!)).toBe('harbor.png');
    await call('prefs:set', { disguise: true });
    expect(win().title).toBe('Notes');
  });

  it("says the neutral name in the person's language, the same word the page shows", async () => {
    await call('prefs:set', { language: 'es' });
    expect(win().title).toBe('Notas');
    expect(win().title).toBe(resources.es.translation.safety.disguise.name);
    await call('prefs:set', { language: 'en' });
    expect(win().title).toBe(resources.en.translation.safety.disguise.name);
  });

  it('ships both icons in assets/', async () => {
    const files = await readdir('assets');
    expect(files).toEqual(expect.arrayContaining(['harbor.png', 'notes.png']));
    const builder = await readFile('electron-builder.yml', 'utf8');
    expect(builder).toContain('assets/notes.png');
  });
});

describe('quick exit and the clipboard through the shell', () => {
  it('clears text copied from Harbor and minimizes (the chosen action)', async () => {
    stub.clipboard.text = 'the name of the street';
    const sha256 = createHash('sha256').update('the name of the street').digest('hex');
    expect(await call('safety:copied', { sha256 })).toEqual({ ok: true, value: undefined });
    const before = win().minimized;
    expect(await call('safety:quick-exit')).toEqual({ ok: true, value: undefined });
    expect(stub.clipboard.text).toBe('');
    expect(win().minimized).toBe(before + 1);
    expect(win().webContents.reloads).toBeGreaterThan(0);
  });

  it('leaves text copied elsewhere on the clipboard', async () => {
    stub.clipboard.text = 'copied in another program';
    await call('safety:copied', { sha256: createHash('sha256').update('something else').digest('hex') });
    await call('safety:quick-exit');
    expect(stub.clipboard.text).toBe('copied in another program');
  });

  it('listens for the window losing and regaining focus (the optional focus lock)', () => {
    expect(win().listenerCount('blur')).toBeGreaterThan(0);
    expect(win().listenerCount('focus')).toBeGreaterThan(0);
  });
});

describe('traces', () => {
  it('clears the OS recent-documents list at start and never adds to it', async () => {
    expect(recorded.recentDocumentsCleared).toBeGreaterThan(0);
    expect(recorded.recentDocumentsAdded).toEqual([]);
    const sources = await listSources('electron');
    for (const file of sources) {
      const text = await readFile(file, 'utf8');
      expect(text.includes('addRecentDocument('), file).toBe(false);
    }
  });
});

describe('no update checks', () => {
  it('no updater is installed or called anywhere in the main process', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(deps.filter((d) => /updat/i.test(d))).toEqual([]);
    for (const file of await listSources('electron')) {
      const text = await readFile(file, 'utf8');
      expect(/autoUpdater|electron-updater|update-electron-app|checkForUpdates/.test(text), file).toBe(false);
    }
  });
});

describe('the neutral screen after a quick exit', () => {
  it('names the window "Notes" with the plain icon even with the disguise off, until the person leaves it', async () => {
    await call('prefs:set', { disguise: false, quickExitAction: 'neutral' });
    expect(win().title).toBe('Harbor');
    await call('safety:quick-exit');
    expect(win().title).toBe('Notes');
    expect(path.basename(win().icon!)).toBe('notes.png');
    expect(await call('safety:status')).toMatchObject({ ok: true, value: { neutralScreen: true } });
    await call('safety:leave-neutral');
    expect(win().title).toBe('Harbor');
    expect(path.basename(win().icon!)).toBe('harbor.png');
  });
});

async function listSources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listSources(full)));
    else if (/\.(ts|cjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}
