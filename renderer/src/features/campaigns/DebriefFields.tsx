import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WOULD_AGAIN, type Debrief } from '../../../../shared/campaign/campaign-data';
import { todayIso } from '../../ui/today';

const AGAIN_LABEL = {
  yes: 'campaigns.debrief.yes',
  no: 'campaigns.debrief.no',
  unsure: 'campaigns.debrief.unsure',
} as const;

/**
 * After a hearing, a debrief for the survivor who testified: every question optional, the whole
 * thing skippable, kept in this vault and never printed in a report.
 */
export function DebriefFields({ value, onChange }: { value: Debrief | null; onChange: (v: Debrief | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const current = value ?? { recordedOn: todayIso(), howItWent: '', supportNeeded: '', wouldDoAgain: null };
  const set = (patch: Partial<Debrief>) => onChange({ ...current, ...patch });
  return (
    <details className="debrief" open={value !== null}>
      <summary>{t('campaigns.debrief.title')}</summary>
      <p className="hint">{t('campaigns.debrief.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-how`}>{t('campaigns.debrief.howItWent')}</label>
        <textarea
          id={`${id}-how`}
          rows={3}
          maxLength={5000}
          value={current.howItWent}
          onChange={(e) => set({ howItWent: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-support`}>{t('campaigns.debrief.support')}</label>
        <textarea
          id={`${id}-support`}
          rows={3}
          maxLength={5000}
          value={current.supportNeeded}
          onChange={(e) => set({ supportNeeded: e.target.value })}
        />
      </div>
      <fieldset className="choice-group">
        <legend>{t('campaigns.debrief.again')}</legend>
        {WOULD_AGAIN.map((w) => (
          <label key={w} className="choice">
            <input
              type="radio"
              name={`${id}-again`}
              checked={current.wouldDoAgain === w}
              onChange={() => set({ wouldDoAgain: w })}
            />
            {t(AGAIN_LABEL[w])}
          </label>
        ))}
      </fieldset>
      {value !== null && (
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          {t('campaigns.debrief.clear')}
        </button>
      )}
    </details>
  );
}
