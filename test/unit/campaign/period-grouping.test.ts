import { describe, expect, it } from 'vitest';
import { addDays, buildCampaignReport, engagementsPerMonth } from '../../../shared/campaign';
import { grainFor, groupByPeriod, periodsFrom } from '../../../shared/campaign/period-grouping';
import type { TableBlock } from '../../../shared/export/export-document';
import { chartBars, chartStacks, chartSvg } from '../../../shared/export/table-chart-svg';
import { campaign, engagement } from './campaign-fixture';

const KINDS = ['meeting', 'call', 'email'] as const;

/** Engagements every nine days for `days` days from 2022-01-03, the kinds in turn; every fourth a hearing. */
const longCampaign = (days: number) =>
  campaign({
    engagements: Array.from({ length: Math.floor(days / 9) }, (_, i) => {
      const date = addDays('2022-01-03', i * 9);
      return i % 4 === 3
        ? engagement({
            kind: 'hearing',
            date,
            hearing: {
              billId: null,
              committee: `Committee ${i}`,
              testimonyIds: i % 10 === 9 ? ['testimony-1', 'testimony-2'] : ['testimony-1'],
            },
          })
        : engagement({ kind: KINDS[i % 3]!, date });
    }),
  });

const report = (days: number, language: 'en' | 'es' = 'en') =>
  buildCampaignReport({
    campaign: longCampaign(days),
    language,
    paper: 'letter',
    today: '2030-01-01',
    release: (t) => t,
    quotes: [],
  });

const tables = (days: number, language: 'en' | 'es' = 'en') =>
  report(days, language).blocks.filter((b): b is TableBlock => b.type === 'table');

const sum = (cells: readonly string[]) => cells.reduce((a, c) => a + Number(c), 0);

describe('grouping a long series', () => {
  it('keeps months up to forty, then quarters up to forty, then years', () => {
    expect(grainFor('2022-01', '2025-04')).toBe('month'); // 40 months
    expect(grainFor('2022-01', '2025-05')).toBe('quarter'); // 41 months, 14 quarters
    expect(grainFor('2022-01', '2026-12')).toBe('quarter'); // five years
    expect(grainFor('2000-01', '2009-12')).toBe('quarter'); // 40 quarters
    expect(grainFor('2000-01', '2010-01')).toBe('year'); // 41 quarters
  });

  it('names every period from the first to the last, quiet ones included, across years', () => {
    expect(periodsFrom('2022-11', '2023-08', 'quarter')).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
    expect(periodsFrom('2022-11-30', '2024-01-02', 'year')).toEqual(['2022', '2023', '2024']);
    expect(periodsFrom('2022-11', '2023-01', 'month')).toEqual(['2022-11', '2022-12', '2023-01']);
  });

  it('sums each column into its period, with the same totals as before', () => {
    const rows = [
      { date: '2022-02-10', counts: [1, 2] },
      { date: '2022-03', counts: [3, 0] },
      { date: '2022-04-01', counts: [0, 5] },
      { date: '2022-12-31', counts: [4, 4] },
    ];
    const grouped = groupByPeriod(rows, 'quarter');
    expect(grouped).toEqual([
      { period: '2022-Q1', counts: [4, 2] },
      { period: '2022-Q2', counts: [0, 5] },
      { period: '2022-Q3', counts: [0, 0] },
      { period: '2022-Q4', counts: [4, 4] },
    ]);
    expect(groupByPeriod(rows, 'year')).toEqual([{ period: '2022', counts: [8, 11] }]);
  });
});

describe('a five-year report’s engagements chart', () => {
  it('is drawn per quarter, says so in its title and first column, and keeps every engagement', () => {
    const t = tables(1825).find((b) => b.chart?.kind === 'stacked')!;
    const months = engagementsPerMonth(longCampaign(1825));
    expect(months.length).toBeGreaterThan(40);
    expect(t.caption).toBe(`Engagements per quarter, by kind (${months.length} months grouped into quarters)`);
    expect(t.header[0]).toBe('Quarter');
    expect(t.rows.map((r) => r[0]).slice(0, 5)).toEqual(['2022 Q1', '2022 Q2', '2022 Q3', '2022 Q4', '2023 Q1']);
    expect(t.rows).toHaveLength(20);
    expect(sum(t.rows.map((r) => r[r.length - 1]!))).toBe(months.reduce((a, m) => a + m.total, 0));
    // Each kind's column keeps its own total.
    t.header.slice(1, -1).forEach((_, k) => {
      const kind = (['meeting', 'call', 'email', 'hearing'] as const)[k]!;
      expect(sum(t.rows.map((r) => r[k + 1]!))).toBe(months.reduce((a, m) => a + m.byKind[kind], 0));
    });
    expect(t.chart?.summary).toMatch(/ over 20 quarters; the busiest was 20\d\d Q\d \(\d+\)\.$/);
  });

  it('draws exactly the table’s grouped numbers, one column per quarter', () => {
    const t = tables(1825).find((b) => b.chart?.kind === 'stacked')!;
    const { columns } = chartStacks(t);
    expect(columns.map((c) => [c.label, ...c.counts.map(String)])).toEqual(t.rows.map((r) => r.slice(0, -1)));
    const drawnRows = new Set([...chartSvg(t).matchAll(/data-row="(\d+)"/g)].map((m) => Number(m[1])));
    expect(drawnRows.size).toBe(20);
  });

  it('is worded in Spanish', () => {
    const t = tables(1825, 'es').find((b) => b.chart?.kind === 'stacked')!;
    expect(t.caption).toMatch(/^Contactos por trimestre, por tipo \(\d+ meses agrupados en trimestres\)$/);
    expect(t.header[0]).toBe('Trimestre');
    expect(t.rows[0]![0]).toBe('2022 T1');
  });

  it('stays per month for a campaign of a year', () => {
    const t = tables(360).find((b) => b.chart?.kind === 'stacked')!;
    expect(t.caption).toBe('Engagements per month, by kind');
    expect(t.rows[0]![0]).toBe('2022-01');
  });
});

describe('testimonies in a report with more hearings than a picture holds', () => {
  it('draws them summed per quarter, and still lists every hearing in a table of its own', () => {
    const all = tables(1825);
    const hearings = longCampaign(1825).engagements.filter((e) => e.kind === 'hearing');
    expect(hearings.length).toBeGreaterThan(40);
    const testimonies = hearings.reduce((a, h) => a + h.hearing!.testimonyIds.length, 0);
    const grouped = all.find((b) => b.caption.startsWith('Testimonies per quarter'))!;
    expect(grouped.caption).toContain(`${hearings.length} hearings`);
    expect(grouped.header).toEqual(['Quarter', 'Testimonies']);
    expect(grouped.chart?.kind).toBe('bars');
    expect(sum(grouped.rows.map((r) => r[1]!))).toBe(testimonies);
    expect(chartBars(grouped)).toEqual(grouped.rows.map((r) => ({ label: r[0], value: Number(r[1]) })));
    const each = all.find((b) => b.caption === 'Testimonies submitted at each hearing')!;
    expect(each.chart).toBeUndefined();
    expect(each.rows).toHaveLength(hearings.length);
    expect(sum(each.rows.map((r) => r[1]!))).toBe(testimonies);
  });

  it('draws one bar per hearing when there are forty or fewer', () => {
    const few = tables(360).find((b) => b.caption === 'Testimonies submitted per hearing')!;
    expect(few.chart?.kind).toBe('bars');
    expect(few.rows.length).toBeLessThanOrEqual(40);
  });
});
