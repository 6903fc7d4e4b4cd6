import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignExcerpt } from '../../../../shared/campaign/campaign-data';
import type { CampaignReportPreview } from '../../../../shared/campaign/campaign-views';
import { harbor } from '../../platform/bridge';
import { useMessageText } from '../../platform/use-error-text';
import { usePlural } from '../../ui/use-plural';
import { ExportDocumentView } from '../export/public';
import { quoteDocument } from './report-excerpt-text';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

/**
 * The report's quoted excerpts in their order, each shown as it will leave Harbor (the words the
 * release gate prints under its consent, with the credit) or with the plain reason its consent
 * refuses it, and moved up, down or out of the report.
 */
export function ReportExcerpts({
  campaign,
  preview,
  save,
}: {
  campaign: Campaign;
  preview: CampaignReportPreview;
  save: CampaignSave;
}) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const plural = usePlural();
  const status = useSaveStatus();
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    void Promise.all([harbor.story.list({ includeTrashed: true }), harbor.share.list()]).then(([own, shared]) => {
      const named = new Map<string, string>();
      if (own.ok) for (const s of own.value) named.set(s.id, s.title);
      if (shared.ok) for (const s of shared.value) named.set(s.id, s.title ?? '');
      setTitles(named);
    });
  }, []);

  const refusedBy = new Map(preview.refusals.map((r) => [r.number, r]));
  const quoteBy = new Map(preview.quotes.map((q) => [q.number, q]));
  const write = (excerpts: CampaignExcerpt[]) => void status.run(() => save({ excerpts }));
  const move = (from: number, to: number) => {
    const next = [...campaign.excerpts];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    write(next);
  };
  const sourceOf = (e: CampaignExcerpt) => {
    const title = titles.get(e.kind === 'story' ? e.storyId : e.sharedStoryId) || t('campaigns.excerpts.untitledStory');
    return e.kind === 'story'
      ? t('campaigns.excerpts.fromStory', { title })
      : t('campaigns.excerpts.fromShared', { title });
  };

  if (campaign.excerpts.length === 0) return <p className="hint">{t('campaigns.report.noExcerpts')}</p>;
  return (
    <>
      <ol className="report-excerpts" aria-label={t('campaigns.report.excerpts')}>
        {campaign.excerpts.map((e, i) => {
          const number = i + 1;
          const refused = refusedBy.get(number);
          const quote = quoteBy.get(number);
          return (
            <li key={e.id} className="report-excerpts__item">
              <p className="strong">
                {t('campaigns.excerpts.heading', {
                  number,
                  source: sourceOf(e),
                  paragraphs: plural('campaigns.excerpts.paragraphCount', e.blocks.length),
                })}
              </p>
              {refused ? (
                <p className="error-text">
                  {t('campaigns.report.excerptRefused', { number, reason: messageText(refused.refusal.message) })}
                </p>
              ) : (
                <>
                  <p>{t('campaigns.report.excerptAllowed', { number })}</p>
                  {quote && (
                    <ExportDocumentView document={quoteDocument(quote.blocks, quote.credit, campaign.language)} />
                  )}
                </>
              )}
              <div className="campaign-page__actions">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('campaigns.excerpts.moveUp', { number })}
                  disabled={i === 0 || status.busy}
                  onClick={() => move(i, i - 1)}
                >
                  {t('campaigns.excerpts.up')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('campaigns.excerpts.moveDown', { number })}
                  disabled={i === campaign.excerpts.length - 1 || status.busy}
                  onClick={() => move(i, i + 1)}
                >
                  {t('campaigns.excerpts.down')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('campaigns.excerpts.remove', { number })}
                  disabled={status.busy}
                  onClick={() => write(campaign.excerpts.filter((x) => x.id !== e.id))}
                >
                  {t('campaigns.entry.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <SaveError error={status.error} />
    </>
  );
}
