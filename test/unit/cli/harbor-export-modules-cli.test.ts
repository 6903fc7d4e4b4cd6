import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  expectExit,
  exportArgs,
  harbor,
  lines,
  PASS,
  useBuiltCli,
  vaultWithConsentedStory,
} from './cli-harness';

/*
 * The shipped `harbor export` loads the renderer of the format it was asked for and no other: a
 * Word file never loads Chromium's code or the PDF renderer, and a PDF never loads the Word
 * writer. Neither loads the `docx` package, which is only the tests' reference for the Word writer
 * (docs/decisions/0014): loading it was most of a Word export's time. A story's export loads none
 * of a testimony's code either. Seen from outside: the modules the process had loaded
 * when it ended, written down by a script Node runs first (NODE_OPTIONS --require).
 */

const RECORDER = [
  "const { isMainThread } = require('node:worker_threads');",
  "const { writeFileSync } = require('node:fs');",
  'if (isMainThread) process.on("exit", () => writeFileSync(process.env.HARBOR_TEST_LOADED, Object.keys(require.cache).join("\\n")));',
].join('\n');

const hasChromium = readdirSync('/usr/bin').includes('chromium') || !!process.env.HARBOR_CHROMIUM;

/** The shipped export of a short story in `format`: the files of the modules it loaded, by name. */
async function loadedBy(format: 'docx' | 'pdf'): Promise<string[]> {
  const { work, dir, story, grant } = await vaultWithConsentedStory('Kitchen', 'I worked in a kitchen for a year.\n');
  const recorder = path.join(work, 'record-loaded.cjs');
  const loaded = path.join(work, 'loaded.txt');
  await fs.writeFile(recorder, RECORDER);
  const out = path.join(work, `kitchen.${format}`);
  const r = await harbor(
    exportArgs(dir, ['--story', story], grant, out, { format }),
    lines(PASS),
    { NODE_OPTIONS: `--require ${recorder}`, HARBOR_TEST_LOADED: loaded, HARBOR_CHROMIUM: CHROMIUM },
    { shipped: true },
  );
  expectExit(r, 0);
  return (await fs.readFile(loaded, 'utf8')).split('\n').map((f) => path.relative(path.resolve('.'), f));
}

const chunk = (name: string) => (files: string[]) =>
  files.some((f) => new RegExp(`^out/cli/${name}-[\\w-]{8}\\.js$`).test(f));
/**
 * Whether the code that starts Chromium was loaded, in whichever chunk the build put it (it moves
 * as commands come to share it): found by the switch it starts Chromium with.
 */
const chromiumCode = (files: string[]) =>
  files.some((f) => f.startsWith('out/cli/') && /["']--remote-debugging-pipe["']/.test(readFileSync(f, 'utf8')));
const docxPackage = (files: string[]) => files.some((f) => f.startsWith('node_modules/docx/'));
/**
 * Whether a source module was loaded, in whichever chunk the build put it: found by the path the
 * build writes above each module's code.
 */
const sourceModule = (source: string) => (files: string[]) =>
  files.some((f) => f.startsWith('out/cli/') && readFileSync(f, 'utf8').includes(`\n// ${source}\n`));
/** What only a testimony's export needs: its service, the built-in templates, the shared stories it quotes. */
const TESTIMONY_CODE = [
  'electron/testimony/testimony-service.ts',
  'shared/templates/builtin/index.ts',
  'electron/share/shared-stories.ts',
  'electron/export-pipeline/testimony-source.ts',
];

useBuiltCli();

describe('what the shipped harbor export loads', () => {
  it('a Word file: its own writer, not docx, and none of Chromium or the PDF renderer', async () => {
    const files = await loadedBy('docx');
    expect(chunk('export-docx')(files)).toBe(true);
    expect(docxPackage(files)).toBe(false);
    // An export writes a package but never reads one: the zip reader (fflate) stays unloaded.
    expect(files.some((f) => f.startsWith('node_modules/fflate/'))).toBe(false);
    expect(chromiumCode(files)).toBe(false);
    for (const name of ['chromium-printer', 'command-printer', 'export-pdf', 'print-html'])
      expect(chunk(name)(files), name).toBe(false);
    // A story's export loads none of a testimony's code: it was a third of the code loaded while the key is derived.
    expect(sourceModule('electron/export-pipeline/story-source.ts')(files)).toBe(true);
    for (const source of TESTIMONY_CODE) expect(sourceModule(source)(files), source).toBe(false);
  }, 60_000);

  it.skipIf(!hasChromium)(
    'a PDF: its renderer and Chromium, not docx or the Word renderer',
    async () => {
      const files = await loadedBy('pdf');
      expect(chunk('export-pdf')(files)).toBe(true);
      expect(chromiumCode(files)).toBe(true);
      expect(docxPackage(files)).toBe(false);
      for (const name of ['export-docx']) expect(chunk(name)(files), name).toBe(false);
    },
    120_000,
  );
});
