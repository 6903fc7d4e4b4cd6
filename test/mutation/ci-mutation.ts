/**
 * The CI's mutation step (.ci/run, after npm test): StrykerJS on the lines of the protected files
 * (stryker.config.mjs) that the change under test touched, so a change to the code that protects
 * people cannot land with tests that would not notice a bug in it. Bounded: only changed lines, at
 * most MAX_LINES of them, and a time limit. Fails when a touched file scores below the threshold.
 *
 *   HARBOR_MUTATION_BASE   the commit to compare with (default HEAD~1, the change being tested)
 *   HARBOR_MUTATION_MINUTES  the time limit (default 8)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { testsFor } from './file-tests';
import { changedRanges, globToRegExp, scoreByFile, type MutationReport } from './mutation-score';

const THRESHOLD = 90;
const MAX_LINES = 150;
const REPORT = 'reports/mutation/mutation.json';

/** The tests of each file of the vault (test/unit/vault/<name>.test.ts), for AREA_TESTS below. */
const VAULT_TESTS: Record<string, string[]> = {
  aead: ['aead', 'kat', 'tamper'],
  backup: ['backup', 'backup-format'],
  'cache-file': ['cache-file', 'cache-damage'],
  constants: ['kdf', 'header', 'layout', 'item-file', 'retention', 'vault-folder', 'lock', 'erase'],
  encoding: ['encoding', 'header', 'header-sanity'],
  erase: ['erase'],
  header: ['header', 'header-sanity', 'kat', 'vault-format'],
  integrity: ['integrity-problems', 'cache-damage'],
  'item-file': ['item-file', 'item-file-keys', 'tamper', 'vault-format'],
  'item-json': ['item-input', 'item-store'],
  'item-reader': ['item-reader', 'item-store', 'revision-history'],
  'item-store': ['item-store', 'item-input', 'retention'],
  kdf: ['kdf', 'kat'],
  'key-ring': ['key-ring', 'passphrase-change', 'rotate'],
  layout: ['layout', 'vault', 'item-store', 'header-sanity'],
  lifecycle: ['lifecycle', 'vault', 'lock', 'header-sanity', 'passphrase-change'],
  'lock-file': ['lock'],
  mutex: ['mutex'],
  'open-vault': ['open-vault', 'vault'],
  'recovery-key': ['recovery-key', 'kat'],
  restore: ['restore', 'backup'],
  retention: ['retention'],
  'revision-history': ['revision-history', 'retention'],
  rotate: ['rotate', 'key-ring'],
  'vault-errors': ['vault-errors', 'vault', 'item-input'],
  'vault-folder': ['vault-folder'],
  'vault-key': ['vault-format', 'vault', 'kat', 'passphrase-change'],
  'vault-state': ['open-vault', 'vault', 'cache-file'],
};

/**
 * The tests of each protected area, for a file that FILE_TESTS (file-tests.ts) does not name. The
 * CI runs only these (not every test that imports the file: the vault's AEAD is imported by nearly
 * all of them), so its first run stays within the budget.
 */
const AREA_TESTS: [prefix: string, tests: string[]][] = [
  // Each vault file with its own tests and the few that exercise it most (never the slow fuzz and
  // crash suites, which npm test runs). A vault file without a row here runs every mutation test.
  ...Object.entries(VAULT_TESTS).map(([file, tests]): [string, string[]] => [
    `electron/vault/${file}.ts`,
    tests.map((name) => `test/unit/vault/${name}.test.ts`),
  ]),
  ['electron/platform/atomic-write.ts', ['test/unit/platform/atomic-write.test.ts']],
  // Without the fuzz suite and the package tests that open a package once for every byte.
  [
    'electron/share/',
    ['seal', 'services', 'file', 'wipe', 'payload'].map((name) => `test/unit/share/share-${name}.test.ts`),
  ],
  ['shared/consent/', ['test/unit/consent/**/*.test.ts']],
  ['shared/release/', ['test/unit/consent/release-gate.test.ts', 'test/unit/consent/register-redaction.test.ts']],
  ['electron/app/security-policy.ts', ['test/security/policy.test.ts']],
  ['electron/ipc/', ['test/unit/ipc/**/*.test.ts']],
  [
    'electron/export/scrub-',
    ['test/unit/export/scrub-*.test.ts', 'test/unit/export/docx-export.test.ts', 'test/unit/export/pdf-export.test.ts'],
  ],
];

const say = (line: string) => process.stdout.write(`mutation: ${line}\n`);

function git(...args: string[]): string | null {
  const run = spawnSync('git', args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : null;
}

async function main(): Promise<number> {
  const base = process.env.HARBOR_MUTATION_BASE ?? 'HEAD~1';
  if (git('rev-parse', '--verify', '--quiet', `${base}^{commit}`) === null) {
    say(`no commit ${base} to compare with (a shallow clone?): nothing to mutate.`);
    return 0;
  }
  const config = (await import(pathToFileURL(path.resolve('stryker.config.mjs')).href)) as {
    PROTECTED: string[];
    default: { mutate: string[] };
  };
  const protectedFiles = config.PROTECTED.map(globToRegExp);
  const excluded = config.default.mutate.filter((m) => m.startsWith('!')).map((m) => globToRegExp(m.slice(1)));
  const diff = git('diff', '-U0', '--no-color', base, '--', 'shared', 'electron') ?? '';
  const touched = [...changedRanges(diff)].filter(
    ([file]) =>
      file.endsWith('.ts') &&
      existsSync(file) &&
      protectedFiles.some((re) => re.test(file)) &&
      !excluded.some((re) => re.test(file)),
  );
  if (touched.length === 0) {
    say(`no protected file changed since ${base}.`);
    return 0;
  }
  // Bounded: the first MAX_LINES changed lines, in file order; the rest is named, not mutated.
  const mutate: string[] = [];
  const skipped: string[] = [];
  let lines = 0;
  for (const [file, ranges] of touched) {
    for (const [from, to] of ranges) {
      const room = MAX_LINES - lines;
      if (room <= 0) {
        skipped.push(`${file}:${from}-${to}`);
        continue;
      }
      const end = Math.min(to, from + room - 1);
      mutate.push(`${file}:${from}-${end}`);
      lines += end - from + 1;
      if (end < to) skipped.push(`${file}:${end + 1}-${to}`);
    }
  }
  say(`mutating ${lines} changed line(s) of ${touched.length} protected file(s) since ${base}.`);
  if (skipped.length) say(`over the ${MAX_LINES}-line bound, not mutated here: ${skipped.join(', ')}`);
  const minutes = Number(process.env.HARBOR_MUTATION_MINUTES ?? 8);
  const tests = [...new Set(touched.flatMap(([file]) => testsFor(file, AREA_TESTS)))];
  rmSync(REPORT, { force: true });
  // GNU timeout signals its whole process group: Stryker's workers stop with it.
  const stryker = ['npx', 'stryker', 'run', '--mutate', mutate.join(','), '--reporters', 'clear-text,json'];
  const run = spawnSync('timeout', ['--kill-after=30', `${minutes}m`, ...stryker, '--concurrency', '2'], {
    stdio: 'inherit',
    env: { ...process.env, HARBOR_MUTATION_TESTS: tests.join(',') },
  });
  if (run.error || run.status !== 0) {
    const why =
      run.status === 124
        ? `did not finish within ${minutes} minutes`
        : `failed (${run.error?.message ?? `exit ${run.status}`})`;
    say(`Stryker ${why}.`);
    return 1;
  }
  if (!existsSync(REPORT)) {
    say('no mutant in the changed lines (comments, types or declarations only).');
    return 0;
  }
  const scores = scoreByFile(JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport);
  let failed = false;
  for (const { file, score, survived } of scores) {
    const ok = score === null || score >= THRESHOLD;
    failed ||= !ok;
    const shown = score === null ? 'no mutant' : `${score.toFixed(1)} %`;
    say(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${shown}${survived.length ? `; survived at ${survived.join(', ')}` : ''}`);
  }
  if (failed) {
    say(
      `a touched protected file scores below ${THRESHOLD} %: kill the survivors with a test, or mark a truly ` +
        'equivalent one with a "// Stryker disable next-line <mutator>: <why>" comment and list it in docs/decisions/0001-mutation-testing.md.',
    );
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
