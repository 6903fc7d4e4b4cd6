// Mutation testing of the code that protects people (issue 22): small deliberate bugs are made in
// these files, one at a time, and the unit and security tests must catch each. `npm run
// test:mutation` runs it all (slow: run one group with `-- --mutate <files>`); .ci/run runs it on the
// protected files a change touched (test/mutation/ci-mutation.ts). Survivors that no test can kill
// are listed in docs/decisions/0001-mutation-testing.md.

/** The modules that protect people. A new file in these folders is mutated without a change here. */
export const PROTECTED = [
  'shared/consent/**/*.ts',
  'shared/release/**/*.ts',
  // The register decides what the release gate withholds wherever it is written.
  'shared/story/detail-register.ts',
  'electron/vault/**/*.ts',
  'electron/platform/atomic-write.ts',
  'electron/share/**/*.ts',
  'electron/app/security-policy.ts',
  'electron/ipc/**/*.ts',
  'electron/export/scrub-*.ts',
  // They remove hidden text, history and metadata from every exported file.
  'electron/export/wordml-cleanup.ts',
  'electron/export/neutral-metadata.ts',
  // The PDF scrubber's pass that sets every page box to the paper's exact size.
  'electron/export/pdf-page-boxes.ts',
  // A campaign report's own lines and its excerpts pass the release gate here.
  'electron/campaigns/report-gate.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.mutation.config.mts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'electron/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // kdf-worker.ts runs in a worker thread, which Stryker's mutant switch does not reach (every
  // mutant there would survive untested); kdf-in-worker.test.ts tests what it does.
  mutate: [...PROTECTED, '!**/index.ts', '!electron/vault/testing.ts', '!electron/vault/kdf-worker.ts'],
  // Only the sources and the tests that exercise them are copied to the sandbox.
  ignorePatterns: ['/out', '/dist', '/release', '/coverage', '/.tmp', '/reports', '/test/e2e', '/test/bench'],
  concurrency: 2,
  timeoutMS: 20_000,
  // The first run of the related tests (no mutant yet); a busy machine needs more than the default 5.
  dryRunTimeoutMinutes: 10,
  // `npm run test:mutation` passes --incremental: a second run tests only what changed since.
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.tmp/stryker',
  cleanTempDir: 'always',
};
