import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Minimal RFC 4180 reader: Electronegativity quotes samples that may contain commas and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows;
}

/** The newest file under `dir` (sources that the build turns into out/). */
function newestUnder(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

/** A window with every protection off: the scanner must report it, or it scanned nothing. */
const CANARY = `const { BrowserWindow } = require('electron');
const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
win.loadURL('https://example.org');
`;

/** A script no parser can read: the scan must say it could not, or an unreadable file passes unchecked. */
const UNPARSABLE = 'const window = new BrowserWindow({ webPreferences: { nodeIntegration: true ]);\n';

/**
 * Electronegativity's own runner, as its command line calls it, but handing back what the command
 * line keeps to itself when writing a report: the files it could not parse (it carries on without
 * checking anything in them) and those parsed only by skipping errors ("tolerable"). Options as
 * the command line makes them from `-e 45.4.1 -x AvailableSecurityFixesGlobalCheck`.
 */
const SCAN = `
const [runner, input, output, errorsFile] = process.argv.slice(1);
require(runner)({
  input, output, isSarif: false, customScan: [], excludeFromScan: ['availablesecurityfixesglobalcheck'],
  isRelative: false, isVerbose: true, electronVersionOverride: '45.4.1', parserPlugins: [],
}).then((result) => require('node:fs').writeFileSync(errorsFile, JSON.stringify(result.errors)));
`;

/** What Electron runs of the build: the main process, the preload and the renderer. */
const APP_PARTS = ['main', 'preload', 'renderer'];

describe('Electronegativity over the built app', () => {
  it('scans a fresh build of every part, parses every file of it, and reports no HIGH or CRITICAL finding', async () => {
    const built = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
    for (const file of built) expect(existsSync(file), `${file} is missing: run npm run build first`).toBe(true);
    // An old out/ would let a finding in today's sources pass: the build must be newer than them.
    const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
    for (const source of ['electron', 'renderer', 'shared']) {
      const newest = newestUnder(source);
      expect(
        newest.mtimeMs,
        `${newest.file} changed after the last build: run npm run build first`,
      ).toBeLessThanOrEqual(oldest);
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'harbor-eneg-'));
    try {
      const target = path.join(dir, 'app');
      // The three parts Electron loads. out/cli is the command-line tool, which runs in plain Node
      // (no window, no web contents: nothing these checks look for) and would only lengthen the scan.
      for (const part of APP_PARTS) await cp(path.join('out', part), path.join(target, part), { recursive: true });
      await writeFile(path.join(target, 'canary.js'), CANARY);
      await writeFile(path.join(target, 'unparsable.js'), UNPARSABLE);
      const report = path.join(dir, 'report.csv');
      const runner = path.resolve('node_modules/@doyensec/electronegativity/dist/runner.js');
      const errorsFile = path.join(dir, 'errors.json');
      // -x AvailableSecurityFixesGlobalCheck: the one check that goes online (Electron's release
      // list, fetched on every run) waits for the network to fail here, about half the scan's time on
      // a busy machine, and could only report a version read from a package.json, which out/ has
      // none of: it can find nothing.
      // One file-system thread: Electronegativity writes the CSV header (truncating the file) and
      // appends the rows as two writes it does not wait for, so on a busy machine the truncation
      // could land after the rows and leave a report with no findings at all. With one thread the
      // writes happen in the order they were asked for.
      await run(process.execPath, ['-e', SCAN, runner, target, report, errorsFile], {
        timeout: 90_000,
        env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
      });
      // It says when it cannot parse a file (the planted one), and every file of the build parsed whole.
      const errors = JSON.parse(await readFile(errorsFile, 'utf8')) as { file: string; message: string }[];
      const planted = path.join(target, 'unparsable.js');
      expect(errors.map((e) => e.file)).toContain(planted);
      expect(errors.filter((e) => e.file !== planted).map((e) => `${e.file}: ${e.message}`)).toEqual([]);
      const [header, ...rows] = parseCsv(await readFile(report, 'utf8')).filter((r) => r.length >= 4);
      expect(header?.[1]).toBe('severity');
      const fromCanary = (r: string[]) => r[3]!.endsWith('canary.js');
      // The scan ran and its report was read: the planted window is found, as HIGH.
      expect(rows.filter(fromCanary).map((r) => `${r[0]} ${r[1]}`)).toContain('CONTEXT_ISOLATION_JS_CHECK HIGH');
      // And it read the built renderer: it found (and checked) the page's CSP.
      const pageRows = rows.filter((r) => r[3] === path.join(target, 'renderer', 'index.html'));
      expect(pageRows.map((r) => r[0])).toContain('CSP_GLOBAL_CHECK');
      // Nothing of Harbor's own is serious, in the main process, the preload or the renderer.
      const serious = rows.filter((r) => !fromCanary(r) && ['HIGH', 'CRITICAL'].includes(r[1]!));
      expect(serious.map((r) => `${r[0]} ${r[3]} ${r[4]}`)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
