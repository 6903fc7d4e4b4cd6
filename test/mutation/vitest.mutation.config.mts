import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// Stryker's own vitest project: only the unit and security tests that exercise the protected
// modules (stryker.config.mjs), in one node project, so the initial run and each mutant stay short.
// HARBOR_MUTATION_TESTS (comma-separated globs) narrows it further for a run on one module group.
const root = fileURLToPath(new URL('../..', import.meta.url));
const alias = { electron: fileURLToPath(new URL('../stubs/electron.ts', import.meta.url)) };

const ALL = [
  'test/security/policy.test.ts',
  'test/unit/ipc/**/*.test.ts',
  'test/unit/consent/**/*.test.ts',
  'test/unit/vault/**/*.test.ts',
  'test/unit/platform/**/*.test.ts',
  'test/unit/share/**/*.test.ts',
  'test/unit/export/**/*.test.ts',
  'test/unit/export-pipeline/**/*.test.ts',
  'test/unit/stories/summary-index.test.ts',
  'test/unit/release/**/*.test.ts',
  'test/unit/stories/detail-register.test.ts',
  'test/unit/campaign/campaign-report.test.ts',
  'test/unit/campaign/campaign-report-leak.test.ts',
  'test/unit/campaign/report-gate.test.ts',
];

// The vault's slow suites (children killed hundreds of times, fuzzing) are npm test's alone.
const SLOW = ['crash', 'fuzz', 'passphrase-change-crash'].map((name) => `test/unit/vault/${name}.test.ts`);

const narrowed = process.env.HARBOR_MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    root,
    environment: 'node',
    include: narrowed?.length ? narrowed : ALL,
    exclude: [...configDefaults.exclude, ...SLOW],
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
