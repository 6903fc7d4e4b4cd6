import { accessSync, closeSync, constants, openSync, readSync } from 'node:fs';
import { HarborError } from '../../shared/errors';

/** Where Chromium is looked for when neither the caller nor $HARBOR_CHROMIUM names one. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser binary behind Debian's (and Ubuntu's deb) /usr/bin/chromium. That launcher is a shell
 * script: it checks the CPU with grep, runs findmnt, sources /etc/chromium.d (which exports Google
 * API keys and adds extension and GPU switches Harbor's printer turns off again) and then execs
 * this. Started directly, a PDF costs neither those processes nor their CPU, and Chromium gets no
 * API keys it could call out with.
 */
export const DEBIAN_CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

export interface ChromiumLocations {
  /** The launcher to fall back on; DEFAULT_CHROMIUM unless a test says. */
  launcher?: string;
  /** The binary a script launcher runs; DEBIAN_CHROMIUM_BINARY unless a test says. */
  binary?: string;
}

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** True when the file starts with "#!": a script, not the browser itself. */
function isScript(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head.toString('latin1') === '#!';
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The Chromium to start: the one named (by the caller, else $HARBOR_CHROMIUM) exactly as named;
 * otherwise /usr/bin/chromium, or the browser binary it would run when it is Debian's launcher
 * script. Throws Harbor's plain "install Chromium" error when there is none.
 */
export function chromiumExecutable(named?: string, where: ChromiumLocations = {}): string {
  const chosen = named ?? process.env.HARBOR_CHROMIUM;
  if (chosen !== undefined) {
    if (!executable(chosen)) throw new HarborError('unsupported', 'export.chromiumMissing');
    return chosen;
  }
  const launcher = where.launcher ?? DEFAULT_CHROMIUM;
  const binary = where.binary ?? DEBIAN_CHROMIUM_BINARY;
  if (!executable(launcher)) throw new HarborError('unsupported', 'export.chromiumMissing');
  return isScript(launcher) && executable(binary) ? binary : launcher;
}
