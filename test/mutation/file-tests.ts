/**
 * Which tests the CI's mutation step runs for a changed protected file: the test files that
 * exercise that file, not every test of its folder, so a typical change is mutation-tested in a few
 * minutes. A file not named here falls back to its folder's tests (AREA_TESTS in ci-mutation.ts).
 * Each list holds the tests that killed the file's mutants when it was measured
 * (docs/decisions/0001-mutation-testing.md); the export, leak and fuzz suites that also reach these
 * files are left to npm test.
 */
const consent = (...names: string[]) => names.map((name) => `test/unit/consent/${name}.test.ts`);
const share = (...names: string[]) => names.map((name) => `test/unit/share/${name}.test.ts`);
const exportTests = (...names: string[]) => names.map((name) => `test/unit/export/${name}.test.ts`);
const ipc = (...names: string[]) => names.map((name) => `test/unit/ipc/${name}.test.ts`);

export const FILE_TESTS: Record<string, string[]> = {
  'shared/consent/check-grant.ts': consent('check-grant', 'release-gate', 'unmarked-check'),
  'shared/consent/cleared.ts': consent('cleared', 'unmarked-check', 'release-gate'),
  'shared/consent/cover-note.ts': consent('cover-note'),
  'shared/consent/filled-purpose.ts': consent('filled-purpose', 'cover-note'),
  'shared/consent/finding-context.ts': consent('finding-context', 'unmarked-check'),
  'shared/consent/grant.ts': consent('grant', 'grant-draft', 'check-grant'),
  'shared/consent/grant-draft.ts': consent('grant-draft'),
  'shared/consent/identifying-details.ts': consent('identifying-details', 'identifying-details-kinds'),
  'shared/consent/identity.ts': consent('identity', 'transform', 'unmarked-check'),
  'shared/consent/placeholders.ts': consent('placeholders', 'transform'),
  'shared/consent/summary.ts': consent('summary'),
  'shared/consent/transform.ts': consent('transform', 'consent', 'register-redaction', 'release-gate'),
  'shared/consent/unmarked-check.ts': consent('unmarked-check'),
  'shared/consent/withdrawal-letter.ts': consent('withdrawal-letter'),
  'shared/release/release-gate.ts': consent('release-gate', 'unmarked-check', 'register-redaction'),
  'shared/story/detail-register.ts': [
    'test/unit/stories/detail-register.test.ts',
    ...consent('register-redaction', 'transform'),
  ],
  'electron/share/share-code.ts': share('share-code', 'share-seal'),
  'electron/share/share-code-words.ts': share('share-code'),
  'electron/share/share-file.ts': share('share-file'),
  'electron/share/share-keys.ts': share('share-keys', 'share-seal', 'share-wipe', 'share-format-spec'),
  'electron/share/share-payload.ts': share('share-payload'),
  'electron/share/share-records.ts': share('share-payload', 'share-services'),
  'electron/share/share-seal.ts': share('share-seal', 'share-wipe', 'share-format-spec', 'forged-package'),
  'electron/share/share-errors.ts': share('share-file', 'share-seal', 'share-wipe', 'share-services', 'forged-package'),
  'electron/share/share-clock.ts': share('share-services'),
  'electron/share/sent-packages.ts': share('share-services', 'forged-package', 'share-wipe'),
  'electron/share/shared-stories.ts': share('share-services', 'forged-package', 'share-wipe'),
  // The DOCX and crafted-PDF tests only: the Chromium-printed PDF tests are npm test's.
  'electron/export/scrub-docx.ts': exportTests('scrub-docx', 'scrub-docx-media', 'wordml-cleanup', 'docx-export'),
  'electron/export/scrub-pdf.ts': exportTests('scrub-pdf-crafted', 'pdf-page-boxes'),
  'electron/export/pdf-page-boxes.ts': exportTests('pdf-page-boxes'),
  'electron/export/scrub-png.ts': exportTests('scrub-png'),
  'electron/export/wordml-cleanup.ts': exportTests('wordml-cleanup', 'scrub-docx'),
  'electron/export/neutral-metadata.ts': exportTests('docx-export', 'scrub-pdf-crafted', 'scrub-docx'),
  'electron/campaigns/report-gate.ts': [
    'test/unit/campaign/report-gate.test.ts',
    'test/unit/campaign/campaign-report-leak.test.ts',
    'test/unit/campaign/campaign-report.test.ts',
    ...ipc('campaign-handlers', 'campaign-handlers-choices'),
  ],
  'electron/ipc/handlers/campaign-handlers.ts': ipc('campaign-handlers', 'campaign-handlers-choices'),
  // Key derivation in a worker thread: vault.test.ts never starts one.
  'electron/vault/kdf-in-worker.ts': [
    'test/unit/vault/kdf-in-worker.test.ts',
    'test/unit/vault/kdf-in-worker-handover.test.ts',
  ],
};

/** The tests for one changed file: its own list, else those of the folders that hold it. */
export function testsFor(file: string, areaTests: readonly (readonly [string, readonly string[]])[]): string[] {
  return FILE_TESTS[file] ?? areaTests.filter(([prefix]) => file.startsWith(prefix)).flatMap(([, tests]) => tests);
}
