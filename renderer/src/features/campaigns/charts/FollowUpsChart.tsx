import { useTranslation } from 'react-i18next';
import { BarsChart } from './BarsChart';
import { ChartFigure } from './ChartFigure';

export interface FollowUpCounts {
  onTime: number;
  late: number;
  open: number;
}

/** Follow-ups done on time, done late, and still open: the measure of momentum kept. */
export function FollowUpsChart({ counts }: { counts: FollowUpCounts }) {
  const { t } = useTranslation();
  const bars = [
    { label: t('campaigns.charts.followUps.onTime'), value: counts.onTime },
    { label: t('campaigns.charts.followUps.late'), value: counts.late },
    { label: t('campaigns.charts.followUps.open'), value: counts.open },
  ];
  const total = counts.onTime + counts.late + counts.open;
  const summary =
    total === 0
      ? t('campaigns.charts.followUps.none')
      : t('campaigns.charts.followUps.summary', {
          onTime: String(counts.onTime),
          late: String(counts.late),
          open: String(counts.open),
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
