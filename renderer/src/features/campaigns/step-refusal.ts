import type { BillStep, BillStepKind } from '../../../../shared/campaign/campaign-data';
import { FINAL_STEPS, stepProblems } from '../../../../shared/campaign/status-history';

/**
 * Why a changed status history cannot be saved, in the person's words, before the vault is asked:
 * the vault's own refusal names step kinds as the data spells them ("veto-override"), this one
 * names the steps as the screen does and says which rule holds. Null when the history keeps its
 * rules (shared/campaign/status-history.ts).
 */
export type StepRefusal =
  | { reason: 'beforePrevious'; step: BillStep; other: BillStep }
  | { reason: 'afterNext'; step: BillStep; other: BillStep }
  | { reason: 'introducedFirst' }
  | { reason: 'overrideAfterVeto' }
  | { reason: 'afterVeto' }
  | { reason: 'afterFinal'; after: BillStepKind }
  | { reason: 'cannotBegin'; step: BillStepKind };

function transitionRefusal(step: BillStepKind, after: BillStepKind | null): StepRefusal {
  if (after === null) return { reason: 'cannotBegin', step };
  if (after === 'vetoed') return { reason: 'afterVeto' };
  if (FINAL_STEPS.has(after)) return { reason: 'afterFinal', after };
  if (step === 'introduced') return { reason: 'introducedFirst' };
  return { reason: 'overrideAfterVeto' };
}

/**
 * The first rule `steps` breaks around the changed place `at` (the step edited, or where one was
 * removed), or null. A date out of order is told against the neighbour it crosses.
 */
export function stepRefusal(steps: readonly BillStep[], at: number): StepRefusal | null {
  const problems = stepProblems(steps);
  const near = problems.find((p) => p.index === at || p.index === at + 1) ?? problems[0];
  if (!near) return null;
  if (near.kind === 'not-allowed') return transitionRefusal(near.step, near.after);
  // The step at `near.index` is dated before the one before it: say it of the step that was changed.
  if (near.index === at + 1) return { reason: 'afterNext', step: steps[at]!, other: steps[at + 1]! };
  return { reason: 'beforePrevious', step: steps[near.index]!, other: steps[near.index - 1]! };
}
