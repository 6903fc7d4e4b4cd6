import { useTranslation } from 'react-i18next';
import type { AskStanding } from '../../../../../shared/campaign/dashboard';
import { BarsChart } from './BarsChart';
import { ChartFigure } from './ChartFigure';

/** The campaign's asks by outcome: won, partly won, lost, and not yet decided. */
export function AsksChart({ counts }: { counts: Readonly<Record<AskStanding, number>> }) {
  const { t } = useTranslation();
  const bars = [
    { label: t('campaigns.charts.asks.won'), value: counts.won },
    { label: t('campaigns.charts.asks.partly'), value: counts.partly },
    { label: t('campaigns.charts.asks.lost'), value: counts.lost },
    { label: t('campaigns.charts.asks.open'), value: counts.open },
  ];
  const total = counts.won + counts.partly + counts.lost + counts.open;
  const summary =
    total === 0
      ? t('campaigns.charts.asks.none')
      : t('campaigns.charts.asks.summary', {
          won: String(counts.won),
          partly: String(counts.partly),
          lost: String(counts.lost),
          open: String(counts.open),
        });
  return (
    <ChartFigure
      title={t('campaigns.charts.asks.title')}
      summary={summary}
      table={{
        columns: [t('campaigns.charts.asks.column'), t('campaigns.charts.count')],
        rows: total === 0 ? [] : bars.map((b) => [b.label, b.value]),
      }}
    >
      {total > 0 && <BarsChart bars={bars} />}
    </ChartFigure>
  );
}
