import type { BillStep, BillStepKind } from './campaign-data';

/*
 * The rules of a bill's status history. Steps are kept oldest first and dated; several steps may
 * share a day (referred and heard the same morning). A bill that is signed or has died has no
 * later steps. The one noted exception: after a veto the legislature may override it
 * (`veto-override`, which makes the bill law and is itself final) or let it die. "Introduced"
 * begins a history; tracking may also begin later, at any other step.
 */

/** Steps after which nothing may follow, except what EXCEPTIONS allows. */
export const FINAL_STEPS: ReadonlySet<BillStepKind> = new Set(['signed', 'vetoed', 'veto-override', 'died']);

/** The only steps allowed after a final one. */
export const EXCEPTIONS: Readonly<Partial<Record<BillStepKind, readonly BillStepKind[]>>> = {
  vetoed: ['veto-override', 'died'],
};

export type StepProblem =
  | { index: number; kind: 'out-of-order' }
  | { index: number; kind: 'not-allowed'; step: BillStepKind; after: BillStepKind | null };

/** May `next` follow `previous` (null: `next` is the first step)? */
export function stepAllowedAfter(previous: BillStepKind | null, next: BillStepKind): boolean {
  if (previous === null) return next !== 'veto-override';
  if (next === 'introduced') return false;
  if (FINAL_STEPS.has(previous)) return (EXCEPTIONS[previous] ?? []).includes(next);
  return next !== 'veto-override';
}

/** Every step that breaks a rule, with its index in the history (empty when the history is sound). */
export function stepProblems(steps: readonly Pick<BillStep, 'kind' | 'date'>[]): StepProblem[] {
  const problems: StepProblem[] = [];
  steps.forEach((step, index) => {
    const previous = index > 0 ? steps[index - 1]! : null;
    if (previous && step.date < previous.date) problems.push({ index, kind: 'out-of-order' });
    if (!stepAllowedAfter(previous?.kind ?? null, step.kind))
      problems.push({ index, kind: 'not-allowed', step: step.kind, after: previous?.kind ?? null });
  });
  return problems;
}

/** The steps a person may add next, in the order the screen offers them. */
export function nextSteps(steps: readonly Pick<BillStep, 'kind'>[]): BillStepKind[] {
  const last = steps.length > 0 ? steps[steps.length - 1]!.kind : null;
  const all: BillStepKind[] = [
    'introduced',
    'referred',
    'hearing',
    'committee-vote',
    'floor-vote',
    'other-chamber',
    'signed',
    'vetoed',
    'veto-override',
    'died',
    'other',
  ];
  return all.filter((k) => stepAllowedAfter(last, k));
}

/** The bill's current status: its last step, or null before any. */
export function currentStep<S extends Pick<BillStep, 'kind'>>(steps: readonly S[]): S | null {
  return steps.length > 0 ? steps[steps.length - 1]! : null;
}

/** Ended: signed, overridden or died; a vetoed bill may still be overridden. */
export function isSettled(steps: readonly Pick<BillStep, 'kind'>[]): boolean {
  const last = currentStep(steps)?.kind;
  return last === 'signed' || last === 'veto-override' || last === 'died';
}
