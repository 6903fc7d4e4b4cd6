import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * What Electron and Chromium write on their own (issue 16, finding 10): the session's data
 * (Local State, network state, caches, the default session's storage), crash dumps (Crashpad's
 * database), and the GPU shader cache. None of it may sit beside the vault, where it could hold
 * memory of an unlocked vault after Harbor closes. Everything goes into one private temporary
 * folder made for this run and removed when Harbor quits; a folder left by a run that crashed or
 * was killed is removed at the next start. Under the user-data folder only the vault,
 * preferences.json and Chromium's single-instance lock remain (docs/safety.md).
 */

/** The part of Electron's `app` this needs, so it is tested without Electron. */
export interface ElectronPathsApp {
  getPath(name: 'userData'): string;
  setPath(name: 'sessionData' | 'crashDumps', value: string): void;
  commandLine: { appendSwitch(name: string, value?: string): void };
}

/** The start of every per-run folder's name; mkdtemp adds a random end (owner-only, never reused). */
export const ELECTRON_TEMP_PREFIX = 'harbor-electron-';

/**
 * The per-run folders of one user-data folder share this prefix, so a start removes only what an
 * earlier run of the same Harbor left (the single-instance lock covers one user-data folder; a
 * second Harbor with another user-data folder may be running and keeps its files).
 */
export function tempPrefixFor(userData: string): string {
  return `${ELECTRON_TEMP_PREFIX}${createHash('sha256').update(userData).digest('hex').slice(0, 12)}-`;
}

/** Chromium switches that keep its own files off the disk. */
export const NO_DISK_SWITCHES: readonly (readonly [string, string?])[] = [
  // The GPU process caches compiled shaders (which can reflect what was drawn) on disk.
  ['disable-gpu-shader-disk-cache'],
  ['disable-gpu-program-cache'],
  // Any HTTP disk cache (Harbor's own sessions are in memory; this covers the default one).
  ['disk-cache-size', '0'],
];

export interface ElectronFiles {
  /** This run's folder: sessionData and crashDumps live under it. */
  readonly dir: string;
  /** Removes folders of earlier runs (call once this instance holds the single-instance lock). */
  removeLeftovers(): void;
  /** Removes this run's folder (at quit). */
  remove(): void;
}

/** Must run before the app is ready: Chromium reads these paths and switches as it starts. */
export function confineElectronFiles(app: ElectronPathsApp, tmpRoot: string = os.tmpdir()): ElectronFiles {
  const prefix = tempPrefixFor(app.getPath('userData'));
  const dir = mkdtempSync(path.join(tmpRoot, prefix));
  app.setPath('sessionData', path.join(dir, 'session'));
  app.setPath('crashDumps', path.join(dir, 'crash-dumps'));
  for (const [name, value] of NO_DISK_SWITCHES) {
    if (value === undefined) app.commandLine.appendSwitch(name);
    else app.commandLine.appendSwitch(name, value);
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  return {
    dir,
    removeLeftovers() {
      let names: string[];
      try {
        names = readdirSync(tmpRoot);
      } catch {
        return;
      }
      for (const name of names) {
        if (!name.startsWith(prefix)) continue;
        const full = path.join(tmpRoot, name);
        if (full === dir) continue;
        try {
          const stat = lstatSync(full);
          // Only real folders of this account: never follow a link, never touch another user's.
          if (!stat.isDirectory() || (uid !== null && stat.uid !== uid)) continue;
          rmSync(full, { recursive: true, force: true });
        } catch {
          // Gone already, or not ours to remove: nothing to do.
        }
      }
    },
    remove() {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // A file Chromium still holds open (Windows): the next start removes the folder.
      }
    },
  };
}
