import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/campaign/campaign-data';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { JURISDICTION_LABEL } from './labels';

/** Every campaign, most recently changed first, each with its ask and what is still open. */
export function CampaignList({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const id = useId();
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void harbor.campaign.list().then((result) => {
      if (result.ok) setCampaigns([...result.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      else setError(toText(result.error));
    });
  }, [toText]);

  return (
    <section className="campaigns" aria-labelledby={id}>
      <div className="campaigns__head">
        <ScreenHeading id={id}>{t('campaigns.list.title')}</ScreenHeading>
        <button type="button" className="button" onClick={onNew}>
          {t('campaigns.list.new')}
        </button>
      </div>
      <p className="lead">{t('campaigns.list.intro')}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {campaigns?.length === 0 && <p>{t('campaigns.list.empty')}</p>}
      {campaigns && campaigns.length > 0 && (
        <ul className="campaign-cards">
          {campaigns.map((c) => (
            <li key={c.id} className="campaign-card">
              <h2 className="campaign-card__title">
                <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                  {c.title || t('campaigns.untitled')}
                </button>
              </h2>
              {c.policyAsk && <p className="campaign-card__ask">{c.policyAsk}</p>}
              <p className="hint">
                {t('campaigns.list.counts', {
                  jurisdiction: t(JURISDICTION_LABEL[c.jurisdiction]),
                  bills: String(c.bills),
                  engagements: String(c.engagements),
                  open: String(c.openFollowUps),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
