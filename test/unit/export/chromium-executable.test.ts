import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chromiumExecutable, DEBIAN_CHROMIUMS } from '../../../electron/export/chromium-executable';

let dir: string;
const file = (name: string, text: string, mode = 0o755) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  chmodSync(p, mode);
  return p;
};
const LAUNCHER_SCRIPT = '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n';
const BROWSER = '\x7fELF…';

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'harbor-chromium-exe-'));
  vi.stubEnv('HARBOR_CHROMIUM', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('which Chromium a PDF starts', () => {
  it("starts the browser binary itself when /usr/bin/chromium is Debian's launcher script", () => {
    const launcher = file('chromium', LAUNCHER_SCRIPT);
    const binary = file('chromium-binary', BROWSER);
    expect(chromiumExecutable(undefined, [{ launcher, binary }])).toBe(binary);
  });

  it('keeps the launcher when it is the browser itself, or when the binary behind the script is missing', () => {
    const browser = file('chromium', BROWSER);
    expect(chromiumExecutable(undefined, [{ launcher: browser, binary: file('other', BROWSER) }])).toBe(browser);
    const launcher = file('launcher', LAUNCHER_SCRIPT);
    expect(chromiumExecutable(undefined, [{ launcher, binary: path.join(dir, 'absent') }])).toBe(launcher);
    const notExecutable = file('not-executable', BROWSER, 0o644);
    expect(chromiumExecutable(undefined, [{ launcher, binary: notExecutable }])).toBe(launcher);
  });

  it("prefers Debian's headless shell when it is installed, and the full Chromium when it is not", () => {
    const shell = { launcher: path.join(dir, 'headless-shell'), binary: path.join(dir, 'headless-shell-binary') };
    const full = { launcher: file('chromium', LAUNCHER_SCRIPT), binary: file('chromium-binary', BROWSER) };
    expect(chromiumExecutable(undefined, [shell, full])).toBe(full.binary);
    file('headless-shell', LAUNCHER_SCRIPT);
    file('headless-shell-binary', BROWSER);
    expect(chromiumExecutable(undefined, [shell, full])).toBe(shell.binary);
  });

  it("looks for Debian's headless shell before the full Chromium, each started through its own binary", () => {
    expect(DEBIAN_CHROMIUMS.map((c) => path.basename(c.binary))).toEqual(['chromium-headless-shell', 'chromium']);
    for (const c of DEBIAN_CHROMIUMS) expect(path.dirname(c.binary)).toBe('/usr/lib/chromium');
  });

  it('starts $HARBOR_CHROMIUM exactly as named, even a script, over the Debian binary', () => {
    const own = file('my-chromium', LAUNCHER_SCRIPT);
    vi.stubEnv('HARBOR_CHROMIUM', own);
    const where = [{ launcher: file('chromium', LAUNCHER_SCRIPT), binary: file('chromium-binary', BROWSER) }];
    expect(chromiumExecutable(undefined, where)).toBe(own);
    // A path the caller names wins over the variable.
    const named = file('named', LAUNCHER_SCRIPT);
    expect(chromiumExecutable(named, where)).toBe(named);
  });

  it('looks in the usual places when $HARBOR_CHROMIUM is set but empty', () => {
    vi.stubEnv('HARBOR_CHROMIUM', '');
    const full = { launcher: file('chromium', LAUNCHER_SCRIPT), binary: file('chromium-binary', BROWSER) };
    expect(chromiumExecutable(undefined, [full])).toBe(full.binary);
  });

  it('says how to get Chromium when the one named, or the launcher, is missing', () => {
    const message =
      'Harbor needs Chromium to make PDFs here. Install it (apt-get install chromium) or set HARBOR_CHROMIUM.';
    vi.stubEnv('HARBOR_CHROMIUM', path.join(dir, 'absent'));
    expect(() =>
      chromiumExecutable(undefined, [{ launcher: file('l', LAUNCHER_SCRIPT), binary: file('b', BROWSER) }]),
    ).toThrow(message);
    vi.stubEnv('HARBOR_CHROMIUM', undefined);
    expect(() =>
      chromiumExecutable(undefined, [{ launcher: path.join(dir, 'absent'), binary: file('c', BROWSER) }]),
    ).toThrow(message);
  });
});
