import type { InlineRun } from './export-document';

const sameFormat = (a: InlineRun, b: InlineRun) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.change === b.change;

/** Joins neighbouring runs of one format, so renderers write one text run, not dozens. */
export function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const prev = out.at(-1);
    if (prev && sameFormat(prev, run)) out[out.length - 1] = { ...prev, text: prev.text + run.text };
    else out.push({ ...run });
  }
  return out;
}
