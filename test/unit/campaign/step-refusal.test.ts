import { describe, expect, it } from 'vitest';
import type { BillStep, BillStepKind } from '../../../shared/campaign/campaign-data';
import { stepRefusal } from '../../../renderer/src/features/campaigns/step-refusal';

const step = (kind: BillStepKind, date: string, id = `step-${kind}`): BillStep => ({
  id,
  kind,
  date,
  chamber: null,
  note: '',
  amendments: [],
});

describe('why a changed bill history is refused, said of the step that changed', () => {
  it('accepts a history that keeps its rules', () => {
    expect(stepRefusal([step('introduced', '2027-01-01'), step('referred', '2027-01-01')], 1)).toBeNull();
  });

  it('names the neighbour a date crosses: the step before, or the step after', () => {
    const history = [step('introduced', '2027-01-05'), step('referred', '2027-01-03'), step('hearing', '2027-02-01')];
    expect(stepRefusal(history, 1)).toEqual({ reason: 'beforePrevious', step: history[1], other: history[0] });
    const late = [step('introduced', '2027-01-05'), step('referred', '2027-03-01'), step('hearing', '2027-02-01')];
    expect(stepRefusal(late, 1)).toEqual({ reason: 'afterNext', step: late[1], other: late[2] });
  });

  it('says which rule of the allowed steps is broken', () => {
    expect(stepRefusal([step('referred', '2027-01-01'), step('introduced', '2027-01-02')], 1)).toEqual({
      reason: 'introducedFirst',
    });
    expect(stepRefusal([step('vetoed', '2027-01-01'), step('hearing', '2027-01-02')], 1)).toEqual({
      reason: 'afterVeto',
    });
    expect(stepRefusal([step('signed', '2027-01-01'), step('vetoed', '2027-01-02')], 1)).toEqual({
      reason: 'afterFinal',
      after: 'signed',
    });
    expect(stepRefusal([step('referred', '2027-01-01'), step('veto-override', '2027-01-02')], 1)).toEqual({
      reason: 'overrideAfterVeto',
    });
    expect(stepRefusal([step('veto-override', '2027-01-01')], 0)).toEqual({
      reason: 'cannotBegin',
      step: 'veto-override',
    });
  });

  it('after a removal, tells of the step that moved into the gap', () => {
    // "vetoed" removed from introduced → vetoed → veto-override: the override now follows "introduced".
    const left = [step('introduced', '2027-01-01'), step('veto-override', '2027-02-01')];
    expect(stepRefusal(left, 1)).toEqual({ reason: 'overrideAfterVeto' });
  });
});
