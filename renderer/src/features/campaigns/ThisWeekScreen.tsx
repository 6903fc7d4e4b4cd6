import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../../shared/campaign/campaign-views';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { todayIso } from '../../ui/today';
import { useAnnouncer } from '../../ui/use-announcer';
import { usePlural } from '../../ui/use-plural';
import { markFollowUpDone } from './mark-follow-up-done';
import { useDayText } from './use-day-text';
import { dotSeparated } from '../../ui/dot-separated';

const DUE_KIND_LABEL = {
  'follow-up': 'campaigns.week.followUp',
  'written-testimony': 'campaigns.week.writtenTestimony',
  'sign-up-to-speak': 'campaigns.week.signUp',
} as const;

const HEADING = { overdue: 'campaigns.week.overdue', 'this-week': 'campaigns.week.comingUp' } as const;

/**
 * "This week": follow-ups and hearing deadlines overdue (first) or due in the next seven days,
 * across every campaign; each opens its engagement, and a follow-up can be marked done here.
 */
export function ThisWeekScreen({ onOpen }: { onOpen: (campaignId: string, engagementId: string) => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const plural = usePlural();
  const day = useDayText();
  const id = useId();
  const { message, announce } = useAnnouncer();
  const [items, setItems] = useState<DueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await harbor.campaign.due();
    if (result.ok) setItems(result.value);
    else setError(toText(result.error));
  }, [toText]);
  useEffect(() => {
    void load();
  }, [load]);

  const done = async (item: DueItem) => {
    if (!item.followUpId) return;
    const failed = await markFollowUpDone(item.campaignId, item.engagementId, item.followUpId, todayIso());
    if (failed) return setError(toText(failed));
    announce(t('campaigns.week.markedDone', { text: item.text }));
    await load();
  };

  const when = (item: DueItem) =>
    item.days < 0
      ? plural('campaigns.week.overdueBy', -item.days)
      : item.days === 0
        ? t('campaigns.week.today')
        : plural('campaigns.week.inDays', item.days);

  const list = (state: DueItem['state']) => {
    const shown = (items ?? []).filter((i) => i.state === state);
    if (shown.length === 0) return null;
    return (
      <section className="campaign-section" aria-labelledby={`${id}-${state}`}>
        <h2 id={`${id}-${state}`}>{t(HEADING[state])}</h2>
        <ul className="due-list">
          {shown.map((item) => (
            <li
              key={`${item.engagementId}-${item.followUpId ?? item.kind}`}
              className="due-item"
              data-state={item.state}
            >
              <p className="due-item__text">
                <strong>{item.text}</strong>
              </p>
              <p className="hint">
                {dotSeparated([t(DUE_KIND_LABEL[item.kind]), item.campaignTitle, `${day(item.due)} (${when(item)})`])}
              </p>
              <div className="due-item__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => onOpen(item.campaignId, item.engagementId)}
                >
                  {t('campaigns.week.open')}
                </button>
                {item.followUpId && (
                  <button type="button" className="button" onClick={() => void done(item)}>
                    {t('campaigns.week.markDone')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
    );
  };

  return (
    <section className="campaigns" aria-labelledby={id}>
      <ScreenHeading id={id}>{t('campaigns.week.title')}</ScreenHeading>
      <p className="lead">{t('campaigns.week.intro')}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {items?.length === 0 && <p>{t('campaigns.week.nothing')}</p>}
      {list('overdue')}
      {list('this-week')}
      <p className="visually-hidden" role="status">
        <span key={message?.key}>{message?.text}</span>
      </p>
    </section>
  );
}
