import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElectronPreferences } from '../../electron/app/electron-preferences';
import type { MainContext } from '../../electron/ipc/main-context';
import { prefsHandlers } from '../../electron/ipc/handlers/prefs-handlers';
import { observePreferences } from '../../electron/prefs/observed-preferences';
import { windowIdentity } from '../../electron/safety/window-identity';

// The real electron-store, writing its file under a temporary userData folder: each "start" below
// opens the file afresh, as a new Harbor process would.
let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'harbor-prefs-'));
  app.setPath('userData', userData);
});
afterEach(() => rm(userData, { recursive: true, force: true }));

/** One start of Harbor: the shell's store, observed as main.ts does, behind the renderer's channels. */
function start() {
  const titles: string[] = [];
  const prefs = observePreferences(createElectronPreferences(), (next) => titles.push(windowIdentity(next).title));
  const handlers = prefsHandlers({ prefs } as MainContext);
  return { prefs, titles, handlers, title: () => windowIdentity(prefs.get()).title };
}

const onDisk = async () => JSON.parse(await readFile(path.join(userData, 'preferences.json'), 'utf8')) as unknown;

describe('the disguise chosen during first run', () => {
  it('is on the disk and in the window title the moment it is chosen, before any vault exists', async () => {
    const first = start();
    expect(first.title()).toBe('Harbor');
    await first.handlers['prefs:set']({ disguise: true });
    expect(first.titles).toEqual(['Notes']);
    expect(await onDisk()).toMatchObject({ disguise: true });
  });

  it('holds on every later start, through the window closing, the language changing and the vault being erased', async () => {
    await start().handlers['prefs:set']({ disguise: true });

    // Harbor closed before the vault existed: the next start is disguised from its first frame.
    const second = start();
    expect(second.title()).toBe('Notes');
    // Closing saves the window's place; that must not undo the disguise.
    second.prefs.set({ windowBounds: { x: 10, y: 10, width: 900, height: 700 } });
    await second.handlers['prefs:set']({ language: 'es' });

    const third = start();
    expect(third.title()).toBe('Notas');
    // The preferences live beside the vault, not in it: erasing the vault leaves the disguise on.
    await rm(path.join(userData, 'vault'), { recursive: true, force: true });
    expect(start().prefs.get()).toMatchObject({ disguise: true, language: 'es' });
  });

  it('stays off again once the person changes it back', async () => {
    await start().handlers['prefs:set']({ disguise: true });
    await start().handlers['prefs:set']({ disguise: false });
    expect(start().title()).toBe('Harbor');
    expect(await onDisk()).toMatchObject({ disguise: false });
  });
});
