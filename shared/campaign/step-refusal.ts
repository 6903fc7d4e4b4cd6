import type { Message } from '../error-text/error-catalog';
import type { BillStep, BillStepKind } from './campaign-data';
import { FINAL_STEPS, stepProblems, type StepProblem } from './status-history';
import { stepDay, stepName } from './step-names';

/**
 * Why a status history cannot be kept, as a reason the screen, the main process and the command
 * line all word alike: naming the steps as the app does ("Veto overridden", never the data's
 * "veto-override") and saying which rule holds. See shared/campaign/status-history.ts for the rules.
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

/** One broken rule of `steps` as a refusal, told of the step at the problem's place. */
export function refusalOf(steps: readonly BillStep[], problem: StepProblem): StepRefusal {
  if (problem.kind === 'not-allowed') return transitionRefusal(problem.step, problem.after);
  return { reason: 'beforePrevious', step: steps[problem.index]!, other: steps[problem.index - 1]! };
}

/**
 * The first rule `steps` breaks around the changed place `at` (the step edited, or where one was
 * removed), or null. A date out of order is told against the neighbour it crosses.
 */
export function stepRefusal(steps: readonly BillStep[], at: number): StepRefusal | null {
  const problems = stepProblems(steps);
  const near = problems.find((p) => p.index === at || p.index === at + 1) ?? problems[0];
  if (!near) return null;
  // The step after the changed one is dated before it: say it of the step that was changed.
  if (near.kind === 'out-of-order' && near.index === at + 1)
    return { reason: 'afterNext', step: steps[at]!, other: steps[at + 1]! };
  return refusalOf(steps, near);
}

/** A refusal as a catalog message (campaign.step…), its steps and days worded in each language. */
export function stepRefusalMessage(r: StepRefusal): Message {
  switch (r.reason) {
    case 'beforePrevious':
    case 'afterNext':
      return {
        key: r.reason === 'beforePrevious' ? 'campaign.stepBeforePrevious' : 'campaign.stepAfterNext',
        params: { date: stepDay(r.step.date), other: stepName(r.other.kind), otherDate: stepDay(r.other.date) },
      };
    case 'introducedFirst':
      return { key: 'campaign.stepIntroducedFirst', params: { introduced: stepName('introduced') } };
    case 'overrideAfterVeto':
      return {
        key: 'campaign.stepOverrideAfterVeto',
        params: { override: stepName('veto-override'), vetoed: stepName('vetoed') },
      };
    case 'afterVeto':
      return {
        key: 'campaign.stepAfterVeto',
        params: { vetoed: stepName('vetoed'), override: stepName('veto-override'), died: stepName('died') },
      };
    case 'afterFinal':
      return { key: 'campaign.stepAfterFinal', params: { after: stepName(r.after) } };
    case 'cannotBegin':
      return { key: 'campaign.stepCannotBegin', params: { step: stepName(r.step) } };
  }
}
