import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { confineElectronFiles, NO_DISK_SWITCHES, tempPrefixFor } from '../../electron/app/electron-files';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';

// What Electron itself writes (issue 16, finding 10): nothing of Chromium's beside the vault.
vi.mock('../../electron/app/electron-preferences', () => ({
  createElectronPreferences: () => createMemoryPreferences(),
}));

const stub = electron as unknown as typeof import('../stubs/electron');
const { recorded } = stub;
const userData = mkdtempSync(path.join(os.tmpdir(), 'harbor-userdata-'));
const tmp = os.tmpdir();
// A folder an earlier run of this same Harbor left behind (it crashed, or was killed).
const leftover = path.join(tmp, `${tempPrefixFor(userData)}earlier`);
// Another Harbor's folder (another user-data folder): it may be running, and keeps its files.
const otherHarbor = path.join(tmp, `${tempPrefixFor(`${userData}-other`)}running`);

beforeAll(async () => {
  process.env.HARBOR_STUB_USER_DATA = userData;
  mkdirSync(path.join(leftover, 'session'), { recursive: true });
  writeFileSync(path.join(leftover, 'session', 'Local State'), 'memory of an unlocked vault');
  mkdirSync(otherHarbor, { recursive: true });
  await import('../../electron/app/main');
});

afterAll(() => {
  for (const dir of [userData, leftover, otherHarbor]) rmSync(dir, { recursive: true, force: true });
});

describe('the shell as wired by electron/app/main.ts', () => {
  it("points Chromium's session data and crash dumps into one private temporary folder, away from the user data", () => {
    const sessionData = recorded.paths.get('sessionData')!;
    const crashDumps = recorded.paths.get('crashDumps')!;
    for (const dir of [sessionData, crashDumps]) {
      expect(dir).toBeDefined();
      expect(path.relative(userData, dir).startsWith('..')).toBe(true);
      expect(path.relative(tmp, dir).startsWith('..')).toBe(false);
    }
    const runDir = path.dirname(sessionData);
    expect(path.dirname(crashDumps)).toBe(runDir);
    expect(path.basename(runDir).startsWith(tempPrefixFor(userData))).toBe(true);
    expect(statSync(runDir).isDirectory()).toBe(true);
    if (process.platform !== 'win32') expect(statSync(runDir).mode & 0o077).toBe(0);
    // Set before the app is ready (Chromium reads them as it starts): main.ts runs it on import.
    expect(recorded.windows).toHaveLength(0);
  });

  it('turns off the GPU shader and program caches and the HTTP disk cache', () => {
    expect(recorded.switches).toEqual(expect.arrayContaining([['disable-gpu-shader-disk-cache', undefined]]));
    expect(recorded.switches).toEqual(expect.arrayContaining([['disable-gpu-program-cache', undefined]]));
    expect(recorded.switches).toEqual(expect.arrayContaining([['disk-cache-size', '0']]));
    expect(recorded.switches).toHaveLength(NO_DISK_SWITCHES.length);
  });

  it('removes what an earlier run left at start, and never another Harbor’s folder', () => {
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(otherHarbor)).toBe(true);
  });

  it('removes its own folder when Harbor quits', () => {
    const runDir = path.dirname(recorded.paths.get('sessionData')!);
    writeFileSync(path.join(runDir, 'Local State'), '{}');
    stub.app.emit('quit');
    expect(existsSync(runDir)).toBe(false);
  });

  it('writes nothing of its own under the user-data folder (the vault and preferences.json come later)', () => {
    expect(path.relative(userData, recorded.paths.get('sessionData')!).startsWith('..')).toBe(true);
    expect(readdirSync(userData)).toEqual([]);
  });
});

describe('confineElectronFiles', () => {
  const fakeApp = (root: string) => {
    const paths = new Map<string, string>();
    return {
      paths,
      getPath: () => path.join(root, 'user-data'),
      setPath: (name: string, value: string) => paths.set(name, value),
      commandLine: { appendSwitch: () => undefined },
    };
  };

  it('follows no link and removes only its own earlier folders', () => {
    const root = mkdtempSync(path.join(tmp, 'harbor-confine-'));
    try {
      const app = fakeApp(root);
      const prefix = tempPrefixFor(path.join(root, 'user-data'));
      const precious = path.join(root, 'precious');
      mkdirSync(precious);
      writeFileSync(path.join(precious, 'keep.txt'), 'keep');
      if (process.platform !== 'win32') symlinkSync(precious, path.join(root, `${prefix}link`));
      writeFileSync(path.join(root, `${prefix}file`), 'not a folder');
      mkdirSync(path.join(root, `${prefix}old`));
      const files = confineElectronFiles(app, root);
      files.removeLeftovers();
      expect(existsSync(path.join(root, `${prefix}old`))).toBe(false);
      expect(existsSync(path.join(precious, 'keep.txt'))).toBe(true);
      expect(existsSync(path.join(root, `${prefix}file`))).toBe(true);
      expect(existsSync(files.dir)).toBe(true);
      expect(app.paths.get('sessionData')).toBe(path.join(files.dir, 'session'));
      files.remove();
      expect(existsSync(files.dir)).toBe(false);
      files.remove();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
