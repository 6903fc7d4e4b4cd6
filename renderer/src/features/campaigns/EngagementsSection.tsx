import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign/campaign-data';
import { KIND_LABEL } from './labels';
import { useDayText } from './use-day-text';
import { dotSeparated } from '../../ui/dot-separated';

/** Meetings, calls, emails, hearings and visits, newest first, each opening on its own page. */
export function EngagementsSection({ campaign, onOpen }: { campaign: Campaign; onOpen: (id: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const day = useDayText();
  const sorted = [...campaign.engagements].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="campaign-section" aria-labelledby={id}>
      <div className="campaigns__head">
        <h2 id={id}>{t('campaigns.engagements.title')}</h2>
        <button type="button" className="button" onClick={() => onOpen(null)}>
          {t('campaigns.engagements.log')}
        </button>
      </div>
      {sorted.length === 0 ? (
        <p>{t('campaigns.engagements.empty')}</p>
      ) : (
        <ul className="engagement-list">
          {sorted.slice(0, 50).map((e) => {
            const open = e.followUps.filter((f) => f.doneOn === null).length;
            return (
              <li key={e.id}>
                <button type="button" className="link-button" onClick={() => onOpen(e.id)}>
                  {dotSeparated([day(e.date), t(KIND_LABEL[e.kind]), e.office])}
                </button>
                {open > 0 && (
                  <span className="hint"> {t('campaigns.engagements.openFollowUps', { n: String(open) })}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sorted.length > 50 && (
        <p className="hint">{t('campaigns.engagements.more', { n: String(sorted.length - 50) })}</p>
      )}
    </section>
  );
}
