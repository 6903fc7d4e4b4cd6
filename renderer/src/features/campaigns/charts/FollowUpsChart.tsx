import { useTranslation } from 'react-i18next';
import type { FollowUpTally } from '../../../../../shared/campaign/dashboard';
import { BarsChart } from './BarsChart';
import { ChartFigure } from './ChartFigure';

/** Follow-ups done on time, done late, still open and overdue: the measure of momentum kept (or lost). */
export function FollowUpsChart({ counts }: { counts: FollowUpTally }) {
  const { t } = useTranslation();
  const bars = [
    { label: t('campaigns.charts.followUps.onTime'), value: counts.onTime },
    { label: t('campaigns.charts.followUps.late'), value: counts.late },
    { label: t('campaigns.charts.followUps.open'), value: counts.open },
    { label: t('campaigns.charts.followUps.overdue'), value: counts.overdue },
  ];
  const total = counts.onTime + counts.late + counts.open + counts.overdue;
  const summary =
    total === 0
      ? t('campaigns.charts.followUps.none')
      : t('campaigns.charts.followUps.summary', {
          onTime: String(counts.onTime),
          late: String(counts.late),
          open: String(counts.open),
          overdue: String(counts.overdue),
        });
  return (
    <ChartFigure
      title={t('campaigns.charts.followUps.title')}
      summary={summary}
      table={{
        columns: [t('campaigns.charts.followUps.column'), t('campaigns.charts.count')],
        rows: total === 0 ? [] : bars.map((b) => [b.label, b.value]),
      }}
    >
      {total > 0 && <BarsChart bars={bars} />}
    </ChartFigure>
  );
}
