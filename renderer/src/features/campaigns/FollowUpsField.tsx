import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/campaign/campaign-data';
import { addDays } from '../../../../shared/campaign/day-math';
import { todayIso } from '../../ui/today';
import { newEntryId } from './entry-id';

/** An engagement's follow-ups: what to do, by when, and whether it is done. */
export function FollowUpsField({ value, onChange }: { value: FollowUp[]; onChange: (v: FollowUp[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const set = (i: number, patch: Partial<FollowUp>) =>
    onChange(value.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const add = () => onChange([...value, { id: newEntryId(), text: '', due: addDays(todayIso(), 7), doneOn: null }]);
  return (
    <fieldset className="choice-group follow-ups">
      <legend>{t('campaigns.followUps.title')}</legend>
      {value.length === 0 && <p className="hint">{t('campaigns.followUps.none')}</p>}
      {value.map((f, i) => (
        <div
          key={f.id}
          className="follow-up"
          role="group"
          aria-label={t('campaigns.followUps.number', { n: String(i + 1) })}
        >
          <div className="field">
            <label htmlFor={`${id}-${i}-text`}>{t('campaigns.followUps.text')}</label>
            <input
              id={`${id}-${i}-text`}
              value={f.text}
              maxLength={500}
              onChange={(e) => set(i, { text: e.target.value })}
            />
          </div>
          <div className="campaign-form__row">
            <div className="field">
              <label htmlFor={`${id}-${i}-due`}>{t('campaigns.followUps.due')}</label>
              <input
                id={`${id}-${i}-due`}
                type="date"
                required
                value={f.due}
                onChange={(e) => set(i, { due: e.target.value })}
              />
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={f.doneOn !== null}
                onChange={(e) => set(i, { doneOn: e.target.checked ? todayIso() : null })}
              />
              {t('campaigns.followUps.done')}
            </label>
          </div>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('campaigns.followUps.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button button--quiet" onClick={add}>
        {t('campaigns.followUps.add')}
      </button>
    </fieldset>
  );
}
