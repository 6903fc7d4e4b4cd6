import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, Hearing } from '../../../../shared/campaign/campaign-data';
import type { TestimonySummary } from '../../../../shared/testimony/testimony-data';
import { harbor } from '../../platform/bridge';

/** A hearing's committee, its deadlines (written testimony due, sign-up to speak) and the testimonies prepared for it. */
export function HearingFields({
  value,
  bills,
  onChange,
}: {
  value: Hearing;
  bills: readonly Bill[];
  onChange: (v: Hearing) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [testimonies, setTestimonies] = useState<TestimonySummary[]>([]);
  useEffect(() => {
    void harbor.testimony.list().then((r) => setTestimonies(r.ok ? r.value.filter((x) => x.trashedAt === null) : []));
  }, []);
  const set = (patch: Partial<Hearing>) => onChange({ ...value, ...patch });
  const toggle = (tid: string, on: boolean) =>
    set({ testimonyIds: on ? [...value.testimonyIds, tid] : value.testimonyIds.filter((x) => x !== tid) });
  return (
    <fieldset className="choice-group">
      <legend>{t('campaigns.hearing.title')}</legend>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-committee`}>{t('campaigns.hearing.committee')}</label>
          <input
            id={`${id}-committee`}
            value={value.committee}
            maxLength={500}
            onChange={(e) => set({ committee: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-bill`}>{t('campaigns.hearing.bill')}</label>
          <select
            id={`${id}-bill`}
            value={value.billId ?? ''}
            onChange={(e) => set({ billId: e.target.value || null })}
          >
            <option value="">{t('campaigns.outcomes.noBill')}</option>
            {bills.map((b) => (
              <option key={b.id} value={b.id}>
                {b.number}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-written`}>{t('campaigns.hearing.writtenDue')}</label>
          <input
            id={`${id}-written`}
            type="date"
            value={value.writtenTestimonyDue ?? ''}
            onChange={(e) => set({ writtenTestimonyDue: e.target.value || null })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-signup`}>{t('campaigns.hearing.signUpBy')}</label>
          <input
            id={`${id}-signup`}
            type="date"
            value={value.signUpToSpeakBy ?? ''}
            onChange={(e) => set({ signUpToSpeakBy: e.target.value || null })}
          />
        </div>
      </div>
      <p className="field-label">{t('campaigns.hearing.testimonies')}</p>
      {testimonies.length === 0 && <p className="hint">{t('campaigns.hearing.noTestimonies')}</p>}
      {testimonies.map((x) => (
        <label key={x.id} className="check">
          <input
            type="checkbox"
            checked={value.testimonyIds.includes(x.id)}
            onChange={(e) => toggle(x.id, e.target.checked)}
          />
          {x.title || t('campaigns.untitled')}
        </label>
      ))}
    </fieldset>
  );
}
