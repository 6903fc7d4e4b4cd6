import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAMBERS, type BillStepKind, type Chamber } from '../../../../shared/campaign/campaign-data';
import { CHAMBER_LABEL, STEP_LABEL } from './labels';
import { AmendmentRows } from './AmendmentRows';
import type { StepDraft } from './step-draft';

/**
 * The fields of one bill step, shared by the form that adds a step and the one that corrects it:
 * which step (among `kinds`), its date, chamber and note, and every amendment noted on it.
 */
export function StepFields({
  value,
  kinds,
  onChange,
}: {
  value: StepDraft;
  kinds: readonly BillStepKind[];
  onChange: (next: StepDraft) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<StepDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('campaigns.steps.kind')}</label>
          <select id={`${id}-kind`} value={value.kind} onChange={(e) => set({ kind: e.target.value as BillStepKind })}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(STEP_LABEL[k])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('campaigns.steps.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={value.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-chamber`}>{t('campaigns.steps.chamber')}</label>
          <select
            id={`${id}-chamber`}
            value={value.chamber}
            onChange={(e) => set({ chamber: e.target.value as Chamber | '' })}
          >
            <option value="">{t('campaigns.steps.noChamber')}</option>
            {CHAMBERS.map((c) => (
              <option key={c} value={c}>
                {t(CHAMBER_LABEL[c])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('campaigns.steps.note')}</label>
        <input id={`${id}-note`} value={value.note} maxLength={5000} onChange={(e) => set({ note: e.target.value })} />
      </div>
      <AmendmentRows value={value.amendments} onChange={(amendments) => set({ amendments })} />
    </>
  );
}
