import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_LIMITS } from '../../../../shared/campaign/campaign-data';
import { blankAmendment, type Adopted, type AmendmentDraft } from './step-draft';

/**
 * Every amendment noted on a bill step, each editable (label, what it does, decided) and removable,
 * and a way to note another.
 * Each keeps its id while edited, so an outcome naming it as adopted still does; the vault refuses
 * removing one an outcome names (campaign.unknownAmendment). Focus follows what the keyboard did:
 * into a new row, or to the add button once a row is gone.
 */
export function AmendmentRows({
  value,
  onChange,
}: {
  value: AmendmentDraft[];
  onChange: (next: AmendmentDraft[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    if (focus === null) return;
    const target = focus === 'add' ? addRef.current : document.getElementById(`${id}-${focus}-label`);
    target?.focus();
    setFocus(null);
  }, [focus, id]);

  const change = (at: number, patch: Partial<AmendmentDraft>) =>
    onChange(value.map((a, i) => (i === at ? { ...a, ...patch } : a)));
  const remove = (at: number) => {
    onChange(value.filter((_, i) => i !== at));
    setFocus('add');
  };
  const add = () => {
    const added = blankAmendment();
    onChange([...value, added]);
    setFocus(added.id);
  };

  return (
    <div className="amendment-rows">
      {value.map((a, i) => (
        <fieldset key={a.id} className="amendment-row">
          <legend>{t('campaigns.steps.amendmentNumber', { number: i + 1 })}</legend>
          <div className="campaign-form__row">
            <div className="field">
              <label htmlFor={`${id}-${a.id}-label`}>{t('campaigns.steps.amendment')}</label>
              <input
                id={`${id}-${a.id}-label`}
                value={a.label}
                maxLength={CAMPAIGN_LIMITS.lineChars}
                onChange={(e) => change(i, { label: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${a.id}-adopted`}>{t('campaigns.steps.adopted')}</label>
              <select
                id={`${id}-${a.id}-adopted`}
                value={a.adopted}
                onChange={(e) => change(i, { adopted: e.target.value as Adopted })}
              >
                <option value="pending">{t('campaigns.steps.pending')}</option>
                <option value="adopted">{t('campaigns.steps.wasAdopted')}</option>
                <option value="rejected">{t('campaigns.steps.wasRejected')}</option>
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-${a.id}-summary`}>{t('campaigns.steps.amendmentSummary')}</label>
            <textarea
              id={`${id}-${a.id}-summary`}
              rows={2}
              value={a.summary}
              maxLength={CAMPAIGN_LIMITS.noteChars}
              onChange={(e) => change(i, { summary: e.target.value })}
            />
          </div>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('campaigns.steps.removeAmendment', { number: i + 1 })}
            onClick={() => remove(i)}
          >
            {t('campaigns.entry.remove')}
          </button>
        </fieldset>
      ))}
      {value.length < CAMPAIGN_LIMITS.amendmentsPerStep && (
        <button ref={addRef} type="button" className="button button--small button--quiet" onClick={add}>
          {t('campaigns.steps.addAmendment')}
        </button>
      )}
    </div>
  );
}
