import { describe, expect, it } from 'vitest';
import type { BillStep, BillStepKind } from '../../../shared/campaign/campaign-data';
import { STEP_NAMES } from '../../../shared/campaign/step-names';
import { stepRefusal, stepRefusalMessage } from '../../../shared/campaign/step-refusal';
import { formatMessage } from '../../../shared/error-text/error-catalog';
import { resources } from '../../../renderer/src/i18n/resources';

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

describe('a refusal reads the same on screen, from the vault and on the command line', () => {
  const words = (lang: 'en' | 'es', steps: BillStep[], at: number) =>
    formatMessage(lang, stepRefusalMessage(stepRefusal(steps, at)!));

  it('names steps as the app shows them, never as the data spells them', () => {
    const override = [step('referred', '2027-01-01'), step('veto-override', '2027-01-02')];
    expect(words('en', override, 1)).toBe('“Veto overridden” can only come right after “Vetoed”.');
    expect(words('es', override, 1)).toBe('«Veto anulado» solo puede ir justo después de «Vetado».');
    const afterVeto = [step('vetoed', '2027-01-01'), step('hearing', '2027-01-02')];
    expect(words('en', afterVeto, 1)).toBe('After “Vetoed”, only “Veto overridden” or “Died” can follow.');
    expect(words('es', afterVeto, 1)).toBe('Después de «Vetado» solo pueden seguir «Veto anulado» o «Archivado».');
    expect(words('en', [step('other-chamber', '2027-01-01'), step('introduced', '2027-01-02')], 1)).toBe(
      '“Introduced” can only be the first step of a bill.',
    );
    expect(words('es', [step('died', '2027-01-01'), step('signed', '2027-01-02')], 1)).toBe(
      'Nada puede seguir a «Archivado»: ahí termina la historia del proyecto de ley.',
    );
    expect(words('en', [step('veto-override', '2027-01-01')], 0)).toBe(
      'A bill’s history cannot begin with “Veto overridden”.',
    );
  });

  it('writes the days crossed as the screens write them, in each language', () => {
    const late = [step('introduced', '2027-01-05'), step('referred', '2027-03-01'), step('hearing', '2027-02-01')];
    expect(words('en', late, 1)).toBe(
      'Mar 1, 2027 is after the step that follows it (Hearing, Feb 1, 2027). Steps stay in date order: change that step first, or pick an earlier date.',
    );
    expect(words('es', late, 1)).toMatch(/^El 1 mar 2027 es posterior al paso que le sigue \(Audiencia, 1 feb 2027\)/);
  });

  it('the app’s step labels are the names the refusals use, in both languages', () => {
    expect(resources.en.translation.campaigns.step).toEqual(STEP_NAMES.en);
    expect(resources.es.translation.campaigns.step).toEqual(STEP_NAMES.es);
  });
});
