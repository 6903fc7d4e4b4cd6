import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_TESTS, testsFor } from '../mutation/file-tests';

// The CI's mutation step runs only the tests chosen here for a changed protected file: a list that
// names a moved or misspelt test file would leave that file's mutants to tests that never reach them.
const AREAS = [
  ['electron/vault/', ['test/unit/vault/vault.test.ts']],
  ['shared/consent/', ['test/unit/consent/**/*.test.ts']],
] as const;

describe('the tests the CI mutation step runs for a changed file', () => {
  it('names only source and test files that exist', () => {
    for (const [file, tests] of Object.entries(FILE_TESTS)) {
      expect(existsSync(file), file).toBe(true);
      expect(tests.length, file).toBeGreaterThan(0);
      for (const test of tests) expect(existsSync(test), `${file}: ${test}`).toBe(true);
    }
  });

  it("runs a named file's own tests, not its whole folder's", () => {
    expect(testsFor('shared/consent/grant-draft.ts', AREAS)).toEqual(['test/unit/consent/grant-draft.test.ts']);
    expect(testsFor('electron/share/share-file.ts', AREAS)).toEqual(['test/unit/share/share-file.test.ts']);
  });

  it('falls back to the folder of a file it does not name, and to nothing outside the protected folders', () => {
    expect(testsFor('shared/consent/new-rule.ts', AREAS)).toEqual(['test/unit/consent/**/*.test.ts']);
    expect(testsFor('electron/vault/item-store.ts', AREAS)).toEqual(['test/unit/vault/vault.test.ts']);
    expect(testsFor('renderer/src/main.tsx', AREAS)).toEqual([]);
  });
});
