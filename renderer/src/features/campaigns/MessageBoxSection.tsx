import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_LIMITS, type Ask, type Campaign } from '../../../../shared/campaign/campaign-data';
import { newEntryId } from './entry-id';
import { ReadabilityNote } from './ReadabilityNote';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

/** Slots for the asks: the saved ones, then empty ones up to three. */
function slots(asks: readonly Ask[]): Ask[] {
  const out = asks.map((a) => ({ ...a }));
  while (out.length < CAMPAIGN_LIMITS.asks) out.push({ id: newEntryId(), text: '', reason: '' });
  return out;
}

/**
 * The message box: up to three asks, each with a one-line reason, in the order every document
 * repeats them (the testimony and briefing builders offer them as the closing ask).
 */
export function MessageBoxSection({ campaign, save }: { campaign: Campaign; save: CampaignSave }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const [asks, setAsks] = useState(() => slots(campaign.asks));
  const [saved, setSaved] = useState(false);
  const set = (i: number, patch: Partial<Ask>) => {
    setSaved(false);
    setAsks(asks.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const kept = asks
      .filter((a) => a.text.trim() !== '')
      .map((a) => ({ ...a, text: a.text.trim(), reason: a.reason.trim() }));
    setSaved(await status.run(() => save({ asks: kept })));
  };

  return (
    <section className="campaign-section" aria-labelledby={id}>
      <h2 id={id}>{t('campaigns.asks.title')}</h2>
      <p className="hint">{t('campaigns.asks.intro')}</p>
      <form className="campaign-form" onSubmit={(e) => void submit(e)}>
        {asks.map((ask, i) => (
          <fieldset key={ask.id} className="ask-slot">
            <legend>{t('campaigns.asks.slot', { n: String(i + 1) })}</legend>
            <div className="field">
              <label htmlFor={`${id}-${i}-text`}>{t('campaigns.asks.ask')}</label>
              <input
                id={`${id}-${i}-text`}
                value={ask.text}
                maxLength={500}
                onChange={(e) => set(i, { text: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${i}-reason`}>{t('campaigns.asks.reason')}</label>
              <input
                id={`${id}-${i}-reason`}
                value={ask.reason}
                maxLength={500}
                onChange={(e) => set(i, { reason: e.target.value })}
              />
            </div>
          </fieldset>
        ))}
        <ReadabilityNote
          language={campaign.language}
          text={asks
            .flatMap((a) => [a.text, a.reason])
            .map((line) => line.trim())
            .filter(Boolean)
            // Each ask and reason is a line of its own: a sentence, even without a full stop.
            .map((line) => (/[.!?…]$/.test(line) ? line : `${line}.`))
            .join(' ')}
        />
        <SaveError error={status.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={status.busy}>
            {t('campaigns.asks.save')}
          </button>
          <p className="hint" role="status">
            {saved ? t('campaigns.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
