import { accessSync, closeSync, constants, openSync, readSync } from 'node:fs';
import { HarborError } from '../../shared/errors';

/**
 * A Chromium as Debian (and Ubuntu's deb) installs it: a launcher on the PATH and the browser
 * binary it runs. The launcher is a shell script: Chromium's checks the CPU with grep, runs findmnt,
 * sources /etc/chromium.d (which exports Google API keys and adds extension and GPU switches
 * Harbor's printer turns off again) and then execs the binary. Started directly, a PDF costs
 * neither those processes nor their CPU, and Chromium gets no API keys it could call out with.
 */
export interface ChromiumInstall {
  launcher: string;
  binary: string;
}

/**
 * Where Chromium is looked for when neither the caller nor $HARBOR_CHROMIUM names one, in order.
 * Debian's headless shell first (package chromium-headless-shell): the same Chromium, built only
 * to print and render without a window. It prints the same bytes and starts with a fraction of the
 * full browser's work, which on a two-core computer was half of `harbor export --format pdf`'s
 * time after the unlock (docs/decisions/0013).
 */
export const DEBIAN_CHROMIUMS: readonly ChromiumInstall[] = [
  { launcher: '/usr/bin/chromium-headless-shell', binary: '/usr/lib/chromium/chromium-headless-shell' },
  { launcher: '/usr/bin/chromium', binary: '/usr/lib/chromium/chromium' },
];

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
 * otherwise the first of `installs` whose launcher is there, or the browser binary it would run
 * when the launcher is a script. Throws Harbor's plain "install Chromium" error when there is none.
 */
export function chromiumExecutable(named?: string, installs: readonly ChromiumInstall[] = DEBIAN_CHROMIUMS): string {
  // An empty variable (`HARBOR_CHROMIUM= harbor …`) names nothing: the usual places are looked in.
  const chosen = named ?? (process.env.HARBOR_CHROMIUM || undefined);
  if (chosen !== undefined) {
    if (!executable(chosen)) throw new HarborError('unsupported', 'export.chromiumMissing');
    return chosen;
  }
  const found = installs.find((install) => executable(install.launcher));
  if (!found) throw new HarborError('unsupported', 'export.chromiumMissing');
  return isScript(found.launcher) && executable(found.binary) ? found.binary : found.launcher;
}
