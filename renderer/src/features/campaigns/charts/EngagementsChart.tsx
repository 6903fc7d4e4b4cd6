import { useTranslation } from 'react-i18next';
import type { EngagementKind } from '../../../../../shared/campaign/campaign-data';
import type { MonthCount } from '../../../../../shared/campaign/dashboard';
import { grainFor, groupByPeriod } from '../../../../../shared/campaign/period-grouping';
import { useFormatters } from '../../../ui/use-formatters';
import { ChartFigure } from './ChartFigure';
import { PERIOD_COLUMN, periodLabel } from './period-label';
import { StackedMonthsChart } from './StackedMonthsChart';

const TITLE_BY = {
  quarter: 'campaigns.charts.engagements.titleBy.quarter',
  year: 'campaigns.charts.engagements.titleBy.year',
} as const;
const SUMMARY_BY = {
  quarter: 'campaigns.charts.engagements.summaryBy.quarter',
  year: 'campaigns.charts.engagements.summaryBy.year',
} as const;

/**
 * Engagements per month, stacked by kind (meeting, call, email…), oldest month first. Past
 * MAX_BARS months a column each is a smear (five years, sixty hair-thin columns), so the months
 * are summed per quarter or year as the campaign report does (shared/campaign/period-grouping.ts);
 * the title and the table's first column name the grouping, and the table holds exactly what the
 * picture draws.
 */
export function EngagementsChart({
  months,
  kinds,
}: {
  months: readonly MonthCount[];
  kinds: readonly { key: EngagementKind; label: string }[];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const keys = months.map((m) => m.month).sort();
  const grain = keys.length === 0 ? 'month' : grainFor(keys[0]!, keys[keys.length - 1]!);
  const rows = groupByPeriod(
    months.map((m) => ({ date: m.month, counts: kinds.map((k) => m.byKind[k.key]) })),
    grain,
  ).map((p) => ({ label: periodLabel(p.period, grain, fmt.locale, t), counts: p.counts }));
  const totals = rows.map((r) => r.counts.reduce((a, b) => a + b, 0));
  const total = totals.reduce((a, b) => a + b, 0);
  const busiest = totals.indexOf(Math.max(...totals));
  const top = { label: rows[busiest]?.label ?? '', most: String(totals[busiest] ?? 0) };
  const summary =
    total === 0
      ? t('campaigns.charts.engagements.none')
      : grain === 'month'
        ? t('campaigns.charts.engagements.summary', {
            total: String(total),
            months: String(rows.length),
            month: top.label,
            most: top.most,
          })
        : t(SUMMARY_BY[grain], {
            total: String(total),
            months: String(months.length),
            periods: String(rows.length),
            top: top.label,
            most: top.most,
          });
  return (
    <ChartFigure
      title={
        grain === 'month'
          ? t('campaigns.charts.engagements.title')
          : t(TITLE_BY[grain], { months: String(months.length) })
      }
      summary={summary}
      table={{
        columns: [
          grain === 'month' ? t('campaigns.charts.engagements.column') : t(PERIOD_COLUMN[grain]),
          ...kinds.map((k) => k.label),
          t('campaigns.charts.total'),
        ],
        rows: total === 0 ? [] : rows.map((r, i) => [r.label, ...r.counts, totals[i] ?? 0]),
      }}
    >
      {total > 0 && <StackedMonthsChart months={rows} series={kinds.map((k) => k.label)} />}
    </ChartFigure>
  );
}
