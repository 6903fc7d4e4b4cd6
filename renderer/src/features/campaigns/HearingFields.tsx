import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, Hearing } from '../../../../shared/campaign/campaign-data';
import type { TestimonySummary } from '../../../../shared/testimony/testimony-data';
import { harbor } from '../../platform/bridge';
import { ChoiceField, TextField } from './fields';

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
        <TextField
          label={t('campaigns.hearing.committee')}
          value={value.committee}
          maxLength={500}
          onChange={(committee) => set({ committee })}
        />
        <ChoiceField
          label={t('campaigns.hearing.bill')}
          value={value.billId ?? ''}
          none={t('campaigns.outcomes.noBill')}
          choices={bills.map((b) => ({ value: b.id, label: b.number }))}
          onChange={(billId) => set({ billId: billId || null })}
        />
      </div>
      <div className="campaign-form__row">
        <TextField
          label={t('campaigns.hearing.writtenDue')}
          type="date"
          value={value.writtenTestimonyDue ?? ''}
          onChange={(day) => set({ writtenTestimonyDue: day || null })}
        />
        <TextField
          label={t('campaigns.hearing.signUpBy')}
          type="date"
          value={value.signUpToSpeakBy ?? ''}
          onChange={(day) => set({ signUpToSpeakBy: day || null })}
        />
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
