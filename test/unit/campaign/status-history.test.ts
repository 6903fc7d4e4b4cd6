import { describe, expect, it } from 'vitest';
import { isSettled, nextSteps, stepAllowedAfter, stepProblems } from '../../../shared/campaign';
import type { BillStepKind } from '../../../shared/campaign';

const steps = (...list: [BillStepKind, string][]) => list.map(([kind, date]) => ({ kind, date }));

describe('a bill status history', () => {
  it('accepts the ordinary path from introduction to the signature, several steps on one day', () => {
    const history = steps(
      ['introduced', '2027-01-10'],
      ['referred', '2027-01-10'],
      ['hearing', '2027-02-03'],
      ['committee-vote', '2027-02-17'],
      ['floor-vote', '2027-03-01'],
      ['other-chamber', '2027-03-02'],
      ['signed', '2027-05-20'],
    );
    expect(stepProblems(history)).toEqual([]);
    expect(isSettled(history)).toBe(true);
  });

  it('refuses a step dated before the one it follows, naming that step', () => {
    expect(stepProblems(steps(['introduced', '2027-01-10'], ['hearing', '2027-01-09']))).toEqual([
      { index: 1, kind: 'out-of-order' },
    ]);
  });

  it.each<[BillStepKind, BillStepKind]>([
    ['signed', 'floor-vote'],
    ['signed', 'vetoed'],
    ['died', 'hearing'],
    ['died', 'introduced'],
    ['veto-override', 'signed'],
    ['vetoed', 'signed'],
    ['vetoed', 'hearing'],
  ])('allows nothing like %s then %s', (after, step) => {
    expect(stepProblems(steps([after, '2027-01-01'], [step, '2027-02-01']))).toContainEqual({
      index: 1,
      kind: 'not-allowed',
      step,
      after,
    });
  });

  it('allows a veto to be overridden, or the vetoed bill to die, and nothing after an override', () => {
    expect(stepProblems(steps(['vetoed', '2027-06-01'], ['veto-override', '2027-06-20']))).toEqual([]);
    expect(stepProblems(steps(['vetoed', '2027-06-01'], ['died', '2027-12-31']))).toEqual([]);
    expect(isSettled(steps(['vetoed', '2027-06-01']))).toBe(false);
    expect(isSettled(steps(['vetoed', '2027-06-01'], ['veto-override', '2027-06-20']))).toBe(true);
    expect(stepAllowedAfter('veto-override', 'died')).toBe(false);
  });

  it('refuses an override with no veto before it, and a second introduction', () => {
    expect(stepAllowedAfter(null, 'veto-override')).toBe(false);
    expect(stepAllowedAfter('floor-vote', 'veto-override')).toBe(false);
    expect(stepAllowedAfter('referred', 'introduced')).toBe(false);
    expect(stepAllowedAfter(null, 'hearing')).toBe(true);
  });

  it('offers only the steps that may come next', () => {
    expect(nextSteps([{ kind: 'vetoed' }])).toEqual(['veto-override', 'died']);
    expect(nextSteps([{ kind: 'signed' }])).toEqual([]);
    expect(nextSteps([])).not.toContain('veto-override');
    expect(nextSteps([{ kind: 'hearing' }])).toContain('committee-vote');
  });
});
