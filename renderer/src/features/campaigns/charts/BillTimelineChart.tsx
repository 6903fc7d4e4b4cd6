import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../../shared/campaign/day-math';
import { useFormatters } from '../../../ui/use-formatters';
import { ChartFigure } from './ChartFigure';
import { TimelineChart, type TimelineRow } from './TimelineChart';

export interface BillSteps {
  /** The bill as the reader knows it ("SB 12"). */
  label: string;
  /** Its status steps: the date (yyyy-mm-dd) and the step's name in the reader's language. */
  steps: readonly { date: string; step: string }[];
}

/** The bills' status steps on one time axis, with the campaign's engagements and hearings placed under them. */
export function BillTimelineChart({
  bills,
  engagements,
  hearings,
}: {
  bills: readonly BillSteps[];
  engagements: readonly string[];
  hearings: readonly string[];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const day = new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(fmt.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dayMonth = new Intl.DateTimeFormat(fmt.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const dateText = (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
  const rows: TimelineRow[] = [
    ...bills.map((b) => ({ label: b.label, kind: 'bill' as const, dates: b.steps.map((s) => s.date) })),
    { label: t('campaigns.charts.timeline.engagements'), kind: 'engagement', dates: engagements },
    { label: t('campaigns.charts.timeline.hearings'), kind: 'hearing', dates: hearings },
  ];
  const dates = rows.flatMap((r) => r.dates).sort();
  const summary =
    dates.length === 0
      ? t('campaigns.charts.timeline.none')
      : t('campaigns.charts.timeline.summary', {
          bills: String(bills.length),
          from: dateText(dates[0]!),
          to: dateText(dates[dates.length - 1]!),
          engagements: String(engagements.length),
          hearings: String(hearings.length),
        });
  // Under about half a year the ticks fall weeks apart, so they name the day, not just the month.
  const spanDays = dates.length ? daysBetween(dates[0]!, dates[dates.length - 1]!) : 0;
  const tick = spanDays < 180 ? dayMonth : month;
  const tableRows = bills.flatMap((b) => b.steps.map((s) => [b.label, dateText(s.date), s.step] as const));
  return (
    <ChartFigure
      title={t('campaigns.charts.timeline.title')}
      summary={summary}
      table={{
        columns: [
          t('campaigns.charts.timeline.bill'),
          t('campaigns.charts.timeline.date'),
          t('campaigns.charts.timeline.step'),
        ],
        rows: tableRows,
      }}
    >
      {dates.length > 0 && <TimelineChart rows={rows} formatDate={(d) => tick.format(d)} />}
    </ChartFigure>
  );
}
