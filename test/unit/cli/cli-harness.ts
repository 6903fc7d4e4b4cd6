import { afterAll, beforeAll, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../../electron/cli/cli-io';
import type { CliOptions } from '../../../electron/cli/command';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createStoryService } from '../../../electron/stories/index';
import { openVault } from '../../../electron/vault/index';
import { today } from '../../../shared/core/dates';
import { doc, para, text } from '../../support/doc-fixtures';
import { grantTerms } from '../../support/pipeline-fixtures';
import type { OpenVault } from '../../../electron/vault/types';
import { bundleForNode, KDF_WORKER_ENTRY } from '../vault/kdf-worker-files';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The shipped command, as `npm run build` makes it. */
export const CLI = path.join(ROOT, 'out/cli/harbor.js');
const TEST_ENTRY = fileURLToPath(new URL('./harbor-test-entry.ts', import.meta.url));
const TEST_LIB = fileURLToPath(new URL('./harbor-test-lib.ts', import.meta.url));
const WORKER_ENTRY = fileURLToPath(new URL('../../../electron/stories/import/import-worker.ts', import.meta.url));
/** The same CLI bundled from the tests' entry (floor KDF); one per test process, so runs never race. */
let testCli: string | null = null;
type RunTestCli = (argv: readonly string[], io: CliIo) => Promise<number>;
let testLib: RunTestCli | null = null;
const CONFIG = 'electron/cli/vite.config.ts';
/** What the command line is built from; a newer file here means out/cli is stale. */
const SOURCES = [
  'electron/cli',
  'electron/consent',
  'electron/export',
  'electron/export-pipeline',
  'electron/safety',
  'electron/share',
  'electron/stories',
  'electron/testimony',
  'electron/vault',
  'shared',
  'package.json',
];

function newestMtime(p: string): number {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/**
 * Builds out/cli/harbor.js unless it is newer than everything it is built from (`npm test` may
 * already have built it; rebuilding needlessly would also race with other test runs in this tree).
 */
export function ensureCliBuilt(): void {
  const built = (() => {
    try {
      return statSync(CLI).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built > Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))))) return;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', CONFIG], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`building the harbor CLI failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Bundles test/unit/cli/harbor-test-entry.ts (our code bundled, packages left to require() as in the
 * real build) into a temporary file, once per test process.
 */
async function testCliPath(): Promise<string> {
  if (testCli) return testCli;
  // Inside the project, so that require() and import() of packages resolve from its node_modules.
  const tmp = path.join(ROOT, '.tmp');
  await fs.mkdir(tmp, { recursive: true });
  // A worker that was killed never ran its exit hook: bundles older than an hour are such leftovers.
  for (const name of await fs.readdir(tmp)) {
    if (!name.startsWith('test-cli-')) continue;
    const stat = await fs.stat(path.join(tmp, name)).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > 3_600_000)
      await fs.rm(path.join(tmp, name), { recursive: true, force: true });
  }
  const dir = await fs.mkdtemp(path.join(tmp, 'test-cli-'));
  const outfile = path.join(dir, 'harbor-test.js');
  // The workers go beside the CLI, where the CLI looks for them (as in out/cli).
  await bundleForNode(
    {
      'harbor-test': TEST_ENTRY,
      'harbor-test-lib': TEST_LIB,
      'import-worker': WORKER_ENTRY,
      'kdf-worker': KDF_WORKER_ENTRY,
    },
    dir,
  );
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  testCli = outfile;
  return outfile;
}

/** The bundle of harbor-test-lib.ts, loaded into this process (once: commands keep no state between runs). */
async function testLibRun(): Promise<RunTestCli> {
  if (testLib) return testLib;
  const lib = path.join(path.dirname(await testCliPath()), 'harbor-test-lib.js');
  testLib = (createRequire(import.meta.url)(lib) as { runTestCli: RunTestCli }).runTestCli;
  return testLib;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface HarborOptions {
  /** out/cli/harbor.js itself, in its own process. */
  shipped?: boolean;
  /**
   * A process of its own, as a script starts it: for what only a process shows (its exit code as
   * the shell sees it, what reaches the real stdout and stderr, stdin as a pipe).
   */
  process?: boolean;
}

/**
 * Runs the harbor command as a script would, stdin fed `stdin` and closed (never a terminal). It is
 * the tests' build of the CLI (harbor-test-entry.ts), whose only difference is the floor KDF for
 * new vaults, which keeps each test's key derivation cheap. By default the bundle runs in this
 * process (runCli with its output captured line for line as processIo writes it: starting Node
 * per command was most of these tests' time); `process` starts it as its own process, `shipped`
 * runs out/cli/harbor.js itself.
 */
export async function harbor(
  args: string[],
  stdin = '',
  env: NodeJS.ProcessEnv = {},
  opts: HarborOptions = {},
): Promise<RunResult> {
  if (!opts.shipped && !opts.process) return harborInProcess(args, stdin, env);
  const cli = opts.shipped ? CLI : await testCliPath();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}

/** runCli from the tests' bundle, with the streams processIo() would give it, captured. */
async function harborInProcess(args: string[], stdin: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  const run = await testLibRun();
  const input = new PassThrough();
  input.end(stdin);
  let stdout = '';
  let stderr = '';
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const io: CliIo = {
    stdin: input,
    out: (text) => (stdout += line(text)),
    err: (text) => (stderr += line(text)),
    prompt: (text) => (stderr += text),
    env: { ...process.env, ...env },
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** The exit code a script sees, and plain words on stderr (never a stack trace). */
export function expectExit(r: RunResult, code: number): void {
  expect(r.code, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`).toBe(code);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);
}

/** Lines for --passphrase-stdin. */
export const lines = (...secrets: string[]) => secrets.map((s) => `${s}\n`).join('');

const made: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-cli-'));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
}

/** Every revision file of one item, wherever the vault keeps them. */
export async function itemFiles(vaultDir: string, itemId: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(vaultDir)) {
    const dir = path.join(vaultDir, entry, itemId);
    const files = await fs.readdir(dir).catch(() => [] as string[]);
    out.push(...files.map((f) => path.join(dir, f)));
  }
  return out;
}

export interface ConsentAddTerms {
  audience: string;
  purpose: string;
  identity?: string;
  redact?: string;
}

/**
 * `harbor consent add` for a legislative committee, as DOCX or PDF, until 200 days from today
 * (within three years of any day the tests run). `source` is `--story <id>` and/or `--testimony <id>`.
 */
export const consentAddArgs = (dir: string, source: string[], terms: ConsentAddTerms, extra: string[] = []) => [
  'consent',
  'add',
  dir,
  ...source,
  '--audience-kind',
  'legislative-committee',
  '--audience',
  terms.audience,
  '--purpose',
  terms.purpose,
  '--identity',
  terms.identity ?? 'initials',
  '--redact',
  terms.redact ?? 'all',
  '--formats',
  'docx,pdf',
  '--expires',
  new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
  ...extra,
  '--passphrase-stdin',
];

/** The passphrase of the vaults these tests make. */
export const PASS = 'a long test passphrase';

/** The lowest KDF Harbor accepts, through runCli's test-only option: nothing in the environment lowers it. */
export const FLOOR_KDF = { memoryKiB: 19456, iterations: 2, parallelism: 1 };

/** For a file of command-line tests: out/cli built before them, their temporary folders removed after. */
export function useBuiltCli(): void {
  beforeAll(() => ensureCliBuilt(), 120_000);
  afterAll(() => removeTempDirs());
}

/** `harbor vault init` into `<a new temporary folder>/vault`, with PASS. */
export async function newCliVault(): Promise<{ work: string; dir: string }> {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
  return { work, dir };
}

/**
 * One vault for a whole file of command-line tests (every command costs a key derivation): out/cli
 * built and `harbor vault init` run before the file's tests, its temporary folders removed after.
 * Read `dir` and `work` inside tests and hooks: before the file's beforeAll they do not exist yet.
 */
export function oneVaultPerFile(): { readonly dir: string; readonly work: string } {
  let shared: { work: string; dir: string } | null = null;
  const vault = () => {
    if (!shared) throw new Error('oneVaultPerFile: the vault is made in beforeAll; read it inside a test');
    return shared;
  };
  beforeAll(async () => {
    ensureCliBuilt();
    shared = await newCliVault();
  }, 120_000);
  afterAll(() => removeTempDirs());
  return {
    get dir() {
      return vault().dir;
    },
    get work() {
      return vault().work;
    },
  };
}

/** `harbor story add` of `text`, written to a file in `work` first; returns the new story's id. */
export async function addStory(dir: string, work: string, title: string, text: string): Promise<string> {
  const file = path.join(work, 'story.md');
  await fs.writeFile(file, text);
  const added = await harbor(
    ['story', 'add', dir, '--title', title, '--from', file, '--passphrase-stdin'],
    lines(PASS),
  );
  expectExit(added, 0);
  return added.stdout.trim();
}

/** A consent for `source` before a legislative committee, its public record acknowledged; returns its id. */
export async function grantForCommittee(
  dir: string,
  source: string[],
  terms: ConsentAddTerms = { audience: 'Senate Judiciary Committee', purpose: 'the hearing on SB 123' },
): Promise<string> {
  const grant = await harbor(consentAddArgs(dir, source, terms, ['--public-record-ack']), lines(PASS));
  expectExit(grant, 0);
  return grant.stdout.trim();
}

/** A new vault with one story of `text` and a committee consent for it. */
export async function vaultWithConsentedStory(title: string, text: string) {
  const { work, dir } = await newCliVault();
  const story = await addStory(dir, work, title, text);
  return { work, dir, story, grant: await grantForCommittee(dir, ['--story', story]) };
}

/** `harbor export` of `source` under `grant` to `out`, the passphrase on stdin. */
export const exportArgs = (
  dir: string,
  source: string[],
  grant: string,
  out: string,
  { format = 'docx', extra = [] }: { format?: 'docx' | 'pdf'; extra?: string[] } = {},
) => ['export', dir, ...source, '--grant', grant, '--format', format, '--out', out, ...extra, '--passphrase-stdin'];

/**
 * runCli from the sources (not a bundle), in this process, as a script calls it: stdin a pipe, fed
 * and closed; nothing from this process's environment.
 */
export async function runSourceCli(argv: string[], stdin = '', options?: CliOptions) {
  // Loaded on first use, so the files that run the bundle do not also load the sources.
  const { runCli } = await import('../../../electron/cli/run-cli');
  const input = new PassThrough();
  input.end(stdin);
  let out = '';
  let err = '';
  const io: CliIo = {
    stdin: input,
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    prompt: (t) => (err += t),
    env: {},
  };
  return { code: await runCli(argv, io, options), out, err };
}

/** Opens a CLI test's vault in this process for `work`, and always closes it again (its writer lock is the next command's). */
export async function inVault<T>(dir: string, work: (vault: OpenVault) => Promise<T>): Promise<T> {
  const vault = await openVault(dir, PASS);
  try {
    return await work(vault);
  } finally {
    await vault.close();
  }
}

/** The Chromium the tests print with. */
export const CHROMIUM = process.env.HARBOR_CHROMIUM ?? '/usr/bin/chromium';

/** Processes whose command line mentions `text` (Chromium's own, with its profile in a test's TMPDIR). */
export function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(text)) found.push(`${pid}: ${cmdline.slice(0, 200)}`);
    } catch {
      // Ended while we looked.
    }
  }
  return found;
}

/** Chromium through a script that notes each start in `launches`, so a test knows whether it ran. */
export async function countingChromium(work: string, name: string): Promise<{ chromium: string; launches: string }> {
  const launches = path.join(work, `${name}-launches`);
  const chromium = path.join(work, name);
  await fs.writeFile(chromium, `#!/bin/sh\necho started >> '${launches}'\nexec '${CHROMIUM}' "$@"\n`, { mode: 0o755 });
  return { chromium, launches };
}

/** A one-line story of the vault's owner, a consent for it that allows a year from today, and one withdrawn. */
export async function storyWithTwoConsents(
  vault: OpenVault,
): Promise<{ storyId: string; allowed: string; withdrawn: string }> {
  const story = await createStoryService(vault).create({
    title: 'Mine',
    doc: doc(para(text('I could not rent a flat.'))),
  });
  const grants = createGrantStore(vault);
  const expiresOn = `${Number(today().slice(0, 4)) + 1}${today().slice(4)}`.replace('-02-29', '-02-28');
  const allowed = await grants.create([story.id], grantTerms({ expiresOn }));
  const withdrawn = await grants.create([story.id], grantTerms({ expiresOn }));
  await grants.revoke(withdrawn.id, 'no');
  return { storyId: story.id, allowed: allowed.id, withdrawn: withdrawn.id };
}
