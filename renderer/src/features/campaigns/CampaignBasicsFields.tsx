import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAMBERS, JURISDICTIONS, type Chamber, type Jurisdiction } from '../../../../shared/campaign/campaign-data';
import { CHAMBER_LABEL, JURISDICTION_LABEL } from './labels';

export interface CampaignBasics {
  title: string;
  policyAsk: string;
  jurisdiction: Jurisdiction;
  jurisdictionName: string;
  chambers: Chamber[];
}

/** The campaign's name, its policy ask in one sentence, where it is fought, and in which chambers. */
export function CampaignBasicsFields({
  value,
  onChange,
}: {
  value: CampaignBasics;
  onChange: (v: CampaignBasics) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<CampaignBasics>) => onChange({ ...value, ...patch });
  const toggle = (chamber: Chamber, on: boolean) =>
    set({ chambers: on ? [...value.chambers, chamber] : value.chambers.filter((c) => c !== chamber) });
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('campaigns.basics.title')}</label>
        <input
          id={`${id}-title`}
          value={value.title}
          maxLength={300}
          required
          onChange={(e) => set({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ask`}>{t('campaigns.basics.policyAsk')}</label>
        <p id={`${id}-ask-hint`} className="hint">
          {t('campaigns.basics.policyAskHint')}
        </p>
        <input
          id={`${id}-ask`}
          aria-describedby={`${id}-ask-hint`}
          value={value.policyAsk}
          maxLength={500}
          onChange={(e) => set({ policyAsk: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-where`}>{t('campaigns.basics.jurisdiction')}</label>
        <select
          id={`${id}-where`}
          value={value.jurisdiction}
          onChange={(e) => set({ jurisdiction: e.target.value as Jurisdiction })}
        >
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(JURISDICTION_LABEL[j])}
            </option>
          ))}
        </select>
      </div>
      {value.jurisdiction !== 'us-federal' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('campaigns.basics.jurisdictionName')}</label>
          <input
            id={`${id}-name`}
            value={value.jurisdictionName}
            maxLength={500}
            onChange={(e) => set({ jurisdictionName: e.target.value })}
          />
        </div>
      )}
      <fieldset className="choice-group">
        <legend>{t('campaigns.basics.chambers')}</legend>
        {CHAMBERS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={value.chambers.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
            {t(CHAMBER_LABEL[c])}
          </label>
        ))}
      </fieldset>
    </>
  );
}
