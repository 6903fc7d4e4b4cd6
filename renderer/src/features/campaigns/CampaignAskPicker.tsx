import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ask } from '../../../../shared/campaign/campaign-data';
import { harbor } from '../../platform/bridge';

interface CampaignAsks {
  title: string;
  asks: Ask[];
}

/** An ask as a closing line: the ask, then its reason, each ending as a sentence. */
export function closingAskText(ask: Pick<Ask, 'text' | 'reason'>): string {
  const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
  return [ask.text, ask.reason]
    .filter((s) => s.trim() !== '')
    .map(sentence)
    .join(' ');
}

/**
 * For a testimony's or briefing's closing ask: the asks of each campaign's message box, so every
 * document repeats the same words. Shows nothing when no campaign has asks.
 */
export function CampaignAskPicker({ onInsert }: { onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [campaigns, setCampaigns] = useState<CampaignAsks[]>([]);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    let live = true;
    void (async () => {
      const list = await harbor.campaign.list();
      if (!list.ok) return;
      const got = await Promise.all(list.value.map((c) => harbor.campaign.get({ id: c.id })));
      const withAsks = got.flatMap((r) =>
        r.ok && r.value.asks.length > 0 ? [{ title: r.value.title, asks: r.value.asks }] : [],
      );
      if (live) setCampaigns(withAsks);
    })();
    return () => {
      live = false;
    };
  }, []);
  if (campaigns.length === 0) return null;
  const all = campaigns.flatMap((c) => c.asks);
  const ask = all.find((a) => a.id === chosen);
  return (
    <div className="campaign-ask-picker">
      <div className="field">
        <label htmlFor={`${id}-ask`}>{t('campaigns.closingAsk.label')}</label>
        <select id={`${id}-ask`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('campaigns.closingAsk.choose')}</option>
          {campaigns.map((c, i) => (
            <optgroup key={i} label={c.title}>
              {c.asks.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.text}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={!ask}
        onClick={() => ask && onInsert(closingAskText(ask))}
      >
        {t('campaigns.closingAsk.insert')}
      </button>
    </div>
  );
}
