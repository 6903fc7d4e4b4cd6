import { useTranslation } from 'react-i18next';
import { grainFor, groupByPeriod, MAX_BARS } from '../../../../../shared/campaign/period-grouping';
import { useFormatters } from '../../../ui/use-formatters';
import { BarsChart, type BarDatum } from './BarsChart';
import { ChartFigure } from './ChartFigure';
import { PERIOD_COLUMN, periodLabel } from './period-label';

const TITLE_BY = {
  month: 'campaigns.charts.testimonies.titleBy.month',
  quarter: 'campaigns.charts.testimonies.titleBy.quarter',
  year: 'campaigns.charts.testimonies.titleBy.year',
} as const;
const SUMMARY_BY = {
  month: 'campaigns.charts.testimonies.summaryBy.month',
  quarter: 'campaigns.charts.testimonies.summaryBy.quarter',
  year: 'campaigns.charts.testimonies.summaryBy.year',
} as const;

/** One hearing's testimonies: its label (committee and day), its yyyy-mm-dd date, how many. */
export interface HearingDatum extends BarDatum {
  date: string;
}

/**
 * Testimonies submitted for each hearing, one bar per hearing. Past MAX_BARS hearings a bar each is
 * a smear (400 hearings, 400 hair-thin bars), so the picture and its table sum them per month,
 * quarter or year, as the campaign report does (shared/campaign/period-grouping.ts); the title
 * names the grouping, and every hearing stays one click away in a table of its own.
 */
export function TestimoniesChart({ hearings }: { hearings: readonly HearingDatum[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const total = hearings.reduce((sum, h) => sum + h.value, 0);
  const everyHearing = {
    columns: [t('campaigns.charts.testimonies.column'), t('campaigns.charts.count')],
    rows: total === 0 ? [] : hearings.map((h) => [h.label, h.value]),
  };
  if (hearings.length > MAX_BARS && total > 0) {
    const dates = hearings.map((h) => h.date).sort();
    const grain = grainFor(dates[0]!, dates[dates.length - 1]!);
    const periodName = (key: string) => periodLabel(key, grain, fmt.locale, t);
    const bars: BarDatum[] = groupByPeriod(
      hearings.map((h) => ({ date: h.date, counts: [h.value] })),
      grain,
    ).map((p) => ({ label: periodName(p.period), value: p.counts[0] ?? 0 }));
    const top = mostOf(bars)!;
    const title = t(TITLE_BY[grain], { hearings: String(hearings.length) });
    return (
      <ChartFigure
        title={title}
        summary={t(SUMMARY_BY[grain], {
          total: String(total),
          hearings: String(hearings.length),
          periods: String(bars.length),
          top: top.label,
          most: String(top.value),
        })}
        table={{
          columns: [t(PERIOD_COLUMN[grain]), t('campaigns.charts.count')],
          rows: bars.map((b) => [b.label, b.value]),
        }}
        more={{
          label: t('campaigns.charts.testimonies.showEach'),
          caption: t('campaigns.charts.testimonies.eachCaption'),
          table: everyHearing,
        }}
      >
        <BarsChart bars={bars} colourEach={false} />
      </ChartFigure>
    );
  }
  const top = mostOf(hearings);
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
    <ChartFigure title={t('campaigns.charts.testimonies.title')} summary={summary} table={everyHearing}>
      {total > 0 && <BarsChart bars={hearings} colourEach={false} />}
    </ChartFigure>
  );
}

/** The bar with the most (the first of equals). */
const mostOf = (bars: readonly BarDatum[]) =>
  bars.reduce<BarDatum | null>((best, b) => (best && best.value >= b.value ? best : b), null);
