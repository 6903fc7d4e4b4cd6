import { useTranslation } from 'react-i18next';
import { BarsChart, type BarDatum } from './BarsChart';
import { ChartFigure } from './ChartFigure';

/** Testimonies submitted for each hearing, one bar per hearing. */
export function TestimoniesChart({ hearings }: { hearings: readonly BarDatum[] }) {
  const { t } = useTranslation();
  const total = hearings.reduce((sum, h) => sum + h.value, 0);
  const top = hearings.reduce<BarDatum | null>((best, h) => (best && best.value >= h.value ? best : h), null);
  const summary =
    total === 0 || !top
      ? t('campaigns.charts.testimonies.none')
      : t('campaigns.charts.testimonies.summary', {
          total: String(total),
          hearings: String(hearings.length),
          top: top.label,
          most: String(top.value),
        });
  return (
    <ChartFigure
      title={t('campaigns.charts.testimonies.title')}
      summary={summary}
      table={{
        columns: [t('campaigns.charts.testimonies.column'), t('campaigns.charts.count')],
        rows: total === 0 ? [] : hearings.map((h) => [h.label, h.value]),
      }}
    >
      {total > 0 && <BarsChart bars={hearings} colourEach={false} />}
    </ChartFigure>
  );
}
