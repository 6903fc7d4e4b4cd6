import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
// Electron's binary cannot be downloaded here; anything that imports 'electron' gets the stub.
const alias = { electron: fileURLToPath(new URL('./stubs/electron.ts', import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine that is one, and
    // the unit and component files ran one after another while most of them wait on child
    // processes, files or a worker thread. Two workers keep both cores busy. (The e2e project runs
    // its files one at a time regardless: each starts a Chromium.)
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/security/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
          // Hang guards, not time limits: two workers share the cores, so a slow file may take twice as long.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'component',
          root,
          environment: 'happy-dom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          // Only a guard against a hang: with two workers on a busy machine, 5 s can run out mid-test.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          environment: 'node',
          include: ['test/e2e/**/*.spec.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
