import { describe, expect, it } from 'vitest';
import { changedRanges, globToRegExp, scoreByFile } from '../mutation/mutation-score';

// The CI's mutation gate (test/mutation/ci-mutation.ts) decides from these; a wrong range or score
// would let an untested change to the code that protects people through.
describe('the CI mutation gate', () => {
  it('reads the added and changed lines of each file from git diff -U0, not the deleted ones', () => {
    const diff = [
      'diff --git a/electron/share/share-code.ts b/electron/share/share-code.ts',
      '--- a/electron/share/share-code.ts',
      '+++ b/electron/share/share-code.ts',
      '@@ -10 +10 @@ export const X = 1;',
      '@@ -20,0 +21,3 @@',
      '@@ -40,2 +43,0 @@',
      'diff --git a/old.ts b/old.ts',
      '--- a/old.ts',
      '+++ /dev/null',
      '@@ -1,5 +0,0 @@',
    ].join('\n');
    expect([...changedRanges(diff)]).toEqual([
      [
        'electron/share/share-code.ts',
        [
          [10, 10],
          [21, 23],
        ],
      ],
    ]);
  });

  it('matches the protected globs exactly', () => {
    expect(globToRegExp('electron/share/**/*.ts').test('electron/share/share-code.ts')).toBe(true);
    expect(globToRegExp('electron/share/**/*.ts').test('electron/share/deep/x.ts')).toBe(true);
    expect(globToRegExp('electron/share/**/*.ts').test('electron/shared/x.ts')).toBe(false);
    expect(globToRegExp('electron/export/scrub-*.ts').test('electron/export/scrub-pdf.ts')).toBe(true);
    expect(globToRegExp('electron/export/scrub-*.ts').test('electron/export/zip-write.ts')).toBe(false);
    expect(globToRegExp('electron/app/security-policy.ts').test('electron/app/security-policyXts')).toBe(false);
  });

  it('scores a file by the mutants a test noticed, ignoring those that did not compile', () => {
    const at = (status: string, line: number) => ({ status, location: { start: { line } } });
    const scores = scoreByFile({
      files: {
        'b.ts': {
          mutants: [at('Killed', 1), at('Timeout', 2), at('Survived', 7), at('NoCoverage', 3), at('CompileError', 4)],
        },
        'a.ts': { mutants: [at('CompileError', 1), at('Ignored', 2)] },
      },
    });
    expect(scores).toEqual([
      { file: 'a.ts', score: null, survived: [] },
      { file: 'b.ts', score: 50, survived: [3, 7] },
    ]);
  });
});
