import type { DocumentLanguage } from '../core/export-formats';
import type { Block } from '../export/export-document';
import { ENGAGEMENT_KINDS, type CampaignEdit } from './campaign-data';
import { billTimeline, engagementsPerMonth } from './dashboard';
import { monthOf } from './day-math';
import { grainFor, groupByPeriod } from './period-grouping';
import { placedEngagements } from './placed-engagements';
import { REPORT_CHART_LABELS } from './report-chart-labels';
import { REPORT_LABELS } from './report-labels';

/*
 * The dashboard's two dated charts as report tables, from the dashboard's own numbers
 * (shared/campaign/dashboard.ts), so the report and the screen can never disagree. Each table is
 * also the chart's only source: the picture is drawn from these cells (shared/export/table-chart-svg.ts),
 * so nothing reaches it that did not pass the release gate with the table.
 */

/**
 * Each bill's steps on its own line (a row per step, its date and name), then the engagements and
 * the hearings placed on the bills (linked to one, or a hearing on one), counted per month, each
 * once even when on two bills: a day's row is a dot on the chart, a month's a bar.
 */
export function timelineTable(
  c: Pick<CampaignEdit, 'bills' | 'engagements'>,
  language: DocumentLanguage,
  release: (t: string) => string,
): Block | null {
  const L = REPORT_LABELS[language];
  const C = REPORT_CHART_LABELS[language];
  const rows: string[][] = [];
  const timelines = c.bills.map((b) => billTimeline(c, b.id));
  let bills = 0;
  c.bills.forEach((b, i) => {
    const steps = timelines[i]!.flatMap((p) => (p.type === 'step' ? [p] : []));
    if (steps.length > 0) bills += 1;
    const name = release(b.number);
    for (const s of steps) rows.push([name, s.date, L.steps[s.step]]);
  });
  const placed = placedEngagements(timelines);
  const perMonth = (days: string[]) => {
    const months = new Map<string, number>();
    for (const day of days) months.set(monthOf(day), (months.get(monthOf(day)) ?? 0) + 1);
    return [...months];
  };
  for (const [month, n] of perMonth(placed.engagements)) rows.push([C.engagementsLine, month, C.engagementsInMonth(n)]);
  for (const [month, n] of perMonth(placed.hearings)) rows.push([C.hearingsLine, month, C.hearingsInMonth(n)]);
  if (rows.length === 0) return null;
  const dates = [
    ...rows.filter((r) => r[1]!.length === 10).map((r) => r[1]!),
    ...placed.engagements,
    ...placed.hearings,
  ].sort();
  return {
    type: 'table',
    caption: C.timeline,
    header: [C.line, C.date, C.what],
    rows,
    chart: {
      kind: 'timeline',
      dateColumn: 1,
      countColumn: 2,
      summary: C.timelineSummary(
        bills,
        dates[0]!,
        dates[dates.length - 1]!,
        placed.engagements.length,
        placed.hearings.length,
      ),
    },
  };
}

/**
 * Engagements per month by kind (every month from the first to the last), a kind never used left
 * out. Past forty months (shared/campaign/period-grouping.ts) the months are summed into quarters,
 * or years, and the caption and the first column say so: the table is what the picture draws.
 */
export function perMonthTable(c: Pick<CampaignEdit, 'engagements'>, language: DocumentLanguage): Block | null {
  const months = engagementsPerMonth(c);
  if (months.length === 0) return null;
  const L = REPORT_LABELS[language];
  const C = REPORT_CHART_LABELS[language];
  const kinds = ENGAGEMENT_KINDS.filter((k) => months.some((m) => m.byKind[k] > 0));
  const grain = grainFor(months[0]!.month, months[months.length - 1]!.month);
  const periods = groupByPeriod(
    months.map((m) => ({ date: m.month, counts: kinds.map((k) => m.byKind[k]) })),
    grain,
  ).map((p) => ({ label: C.periodLabel(p.period), counts: p.counts, total: p.counts.reduce((a, b) => a + b, 0) }));
  const busiest = periods.reduce((a, b) => (b.total > a.total ? b : a));
  const total = periods.reduce((n, p) => n + p.total, 0);
  return {
    type: 'table',
    caption: C.perPeriod(grain, months.length),
    header: [C.period[grain], ...kinds.map((k) => L.kinds[k]), L.total],
    rows: periods.map((p) => [p.label, ...p.counts.map(String), String(p.total)]),
    chart: {
      kind: 'stacked',
      seriesColumns: kinds.map((_, i) => i + 1),
      summary: C.perPeriodSummary(grain, total, periods.length, busiest.label, busiest.total),
    },
  };
}
