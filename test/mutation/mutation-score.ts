/** The mutation score per file from Stryker's JSON report (mutation-testing-report-schema). */

export interface MutationReport {
  files: Record<string, { mutants: { status: string; location: { start: { line: number } } }[] }>;
}

/** Killed or timed out: a test noticed. Survived or not covered: none did. Errors and ignored do not count. */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function scoreByFile(report: MutationReport): { file: string; score: number | null; survived: number[] }[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
      const missed = mutants.filter((m) => UNDETECTED.has(m.status));
      const total = detected + missed.length;
      return {
        file,
        score: total === 0 ? null : (100 * detected) / total,
        survived: [...new Set(missed.map((m) => m.location.start.line))].sort((a, b) => a - b),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** A glob of stryker.config.mjs (only `**` and `*` are used there) as a test on a path. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('**/')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('(?:.*/)?');
  return new RegExp(`^${body}$`);
}

/** Line ranges added or changed since `base`, per file, from `git diff -U0`. */
export function changedRanges(diff: string): Map<string, [number, number][]> {
  const ranges = new Map<string, [number, number][]>();
  let file: string | null = null;
  for (const line of diff.split('\n')) {
    const target = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/.exec(line);
    if (target) {
      file = target[1] ?? null;
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) ranges.set(file, [...(ranges.get(file) ?? []), [start, start + count - 1]]);
    }
  }
  return ranges;
}
