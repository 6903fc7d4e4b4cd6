import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';

export type CampaignsStart = 'list' | 'week';

/** The Campaigns area, loaded on demand: the list of campaigns, or "This week" when opened from there. */
export function CampaignsSection({ start }: { start: CampaignsStart }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="campaigns" aria-labelledby={id}>
      <ScreenHeading id={id}>{start === 'week' ? t('campaigns.week.nav') : t('campaigns.nav')}</ScreenHeading>
    </section>
  );
}
