import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/campaign/campaign-data';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { DeleteForGoodDialog } from './DeleteForGoodDialog';
import { JURISDICTION_LABEL } from './labels';

/** Every campaign, most recently changed first, each with its ask and what is still open. */
export function CampaignList({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const id = useId();
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  // The trashed campaign being asked about, and the one just deleted (said once, in the status line).
  const [deleting, setDeleting] = useState<{ campaign: CampaignSummary; busy: boolean } | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  useEffect(() => {
    void harbor.campaign.list({ includeTrashed: true }).then((result) => {
      if (result.ok) setCampaigns([...result.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      else setError(toText(result.error));
    });
  }, [toText, loads]);

  const restore = async (campaignId: string) => {
    const result = await harbor.campaign.restore({ id: campaignId });
    if (result.ok) setLoads((n) => n + 1);
    else setError(toText(result.error));
  };
  const deleteForGood = async (campaign: CampaignSummary) => {
    setDeleting({ campaign, busy: true });
    const result = await harbor.campaign.delete({ id: campaign.id });
    setDeleting(null);
    if (!result.ok) return setError(toText(result.error));
    setDeleted(campaign.title || t('campaigns.untitled'));
    setLoads((n) => n + 1);
    // The button that opened the dialog is gone with the campaign: the list's heading takes focus.
    document.getElementById(id)?.focus();
  };
  const live = campaigns?.filter((c) => c.trashedAt === null);
  const trashed = campaigns?.filter((c) => c.trashedAt !== null) ?? [];

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
      <div role="status">
        {deleted && <p className="notice notice--success">{t('campaigns.trash.deleted', { campaign: deleted })}</p>}
      </div>
      {deleting && (
        <DeleteForGoodDialog
          campaign={deleting.campaign}
          busy={deleting.busy}
          onConfirm={() => void deleteForGood(deleting.campaign)}
          onCancel={() => setDeleting(null)}
        />
      )}
      {live?.length === 0 && <p>{t('campaigns.list.empty')}</p>}
      {live && live.length > 0 && (
        <ul className="campaign-cards">
          {live.map((c) => (
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
      {trashed.length > 0 && (
        <section aria-labelledby={`${id}-trash`}>
          <h2 id={`${id}-trash`}>{t('campaigns.trash.listTitle')}</h2>
          <ul className="campaign-trash">
            {trashed.map((c) => (
              <li key={c.id}>
                {c.title || t('campaigns.untitled')}{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('campaigns.trash.restoreOf', { campaign: c.title || t('campaigns.untitled') })}
                  onClick={() => void restore(c.id)}
                >
                  {t('campaigns.trash.restore')}
                </button>{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('campaigns.trash.deleteOf', { campaign: c.title || t('campaigns.untitled') })}
                  onClick={() => {
                    setDeleted(null);
                    setDeleting({ campaign: c, busy: false });
                  }}
                >
                  {t('campaigns.trash.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
