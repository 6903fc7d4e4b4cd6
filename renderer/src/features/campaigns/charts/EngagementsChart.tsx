import { useTranslation } from 'react-i18next';
import type { EngagementKind } from '../../../../../shared/campaign/campaign-data';
import type { MonthCount } from '../../../../../shared/campaign/dashboard';
import { useFormatters } from '../../../ui/use-formatters';
import { ChartFigure } from './ChartFigure';
import { monthLabel } from './month-label';
import { StackedMonthsChart } from './StackedMonthsChart';

/** Engagements per month, stacked by kind (meeting, call, email…), oldest month first. */
export function EngagementsChart({
  months,
  kinds,
}: {
  months: readonly MonthCount[];
  kinds: readonly { key: EngagementKind; label: string }[];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const rows = months.map((m) => ({
    label: monthLabel(m.month, fmt.locale),
    counts: kinds.map((k) => m.byKind[k.key]),
  }));
  const totals = rows.map((r) => r.counts.reduce((a, b) => a + b, 0));
  const total = totals.reduce((a, b) => a + b, 0);
  const busiest = totals.indexOf(Math.max(...totals));
  const summary =
    total === 0
      ? t('campaigns.charts.engagements.none')
      : t('campaigns.charts.engagements.summary', {
          total: String(total),
          months: String(rows.length),
          month: rows[busiest]?.label ?? '',
          most: String(totals[busiest] ?? 0),
        });
  return (
    <ChartFigure
      title={t('campaigns.charts.engagements.title')}
      summary={summary}
      table={{
        columns: [t('campaigns.charts.engagements.column'), ...kinds.map((k) => k.label), t('campaigns.charts.total')],
        rows: total === 0 ? [] : rows.map((r, i) => [r.label, ...r.counts, totals[i] ?? 0]),
      }}
    >
      {total > 0 && <StackedMonthsChart months={rows} series={kinds.map((k) => k.label)} />}
    </ChartFigure>
  );
}
