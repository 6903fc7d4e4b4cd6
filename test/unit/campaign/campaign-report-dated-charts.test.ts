import { describe, expect, it } from 'vitest';
import { billTimeline, buildCampaignReport, engagementsPerMonth } from '../../../shared/campaign';
import type { TableBlock } from '../../../shared/export/export-document';
import { tableTexts } from '../../../shared/export/table-block';
import { chartStacks, chartSvg, chartTimeline } from '../../../shared/export/table-chart-svg';
import { campaign, engagement } from './campaign-fixture';

/** Two bills, meetings on them over three months, a hearing on one, and a call on neither. */
const c = campaign({
  bills: [
    {
      id: 'bill-1',
      number: 'SB 12',
      steps: [
        { id: 'st-1', kind: 'introduced', date: '2027-01-10' },
        { id: 'st-2', kind: 'committee-vote', date: '2027-03-20' },
      ],
    },
    { id: 'bill-2', number: 'HB 7', steps: [{ id: 'st-3', kind: 'introduced', date: '2027-02-01' }] },
  ],
  engagements: [
    engagement({ date: '2027-01-05', billIds: ['bill-1'] }),
    engagement({ date: '2027-01-25', billIds: ['bill-1', 'bill-2'] }),
    engagement({ kind: 'email', date: '2027-03-02', billIds: ['bill-2'] }),
    engagement({ kind: 'call', date: '2027-02-14' }),
    engagement({
      kind: 'hearing',
      date: '2027-03-03',
      hearing: { billId: 'bill-1', committee: 'Judiciary', testimonyIds: [] },
    }),
  ],
});

const report = (language: 'en' | 'es' = 'en', release = (t: string) => t) =>
  buildCampaignReport({ campaign: c, language, paper: 'letter', today: '2027-06-01', release, quotes: [] });

const tableOf = (kind: 'timeline' | 'stacked', language: 'en' | 'es' = 'en', release?: (t: string) => string) =>
  report(language, release).blocks.find((b): b is TableBlock => b.type === 'table' && b.chart?.kind === kind)!;

/** The texts an SVG shows, entities decoded. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

describe('the report’s bill timeline', () => {
  it('lists each bill’s steps as the dashboard does, then the engagements and hearings on the bills per month', () => {
    const t = tableOf('timeline');
    expect(t.caption).toBe('The bills’ timeline, with the engagements and hearings on them');
    expect(t.header).toEqual(['Bill or line', 'Date', 'What happened']);
    expect(t.rows).toEqual([
      ['SB 12', '2027-01-10', 'Introduced'],
      ['SB 12', '2027-03-20', 'Committee vote'],
      ['HB 7', '2027-02-01', 'Introduced'],
      // The meeting on both bills counts once; the call on neither is not on the timeline.
      ['Engagements', '2027-01', '2 engagements'],
      ['Engagements', '2027-03', '1 engagement'],
      ['Hearings', '2027-03', '1 hearing'],
    ]);
    expect(t.chart?.summary).toBe('2 bills from 2027-01-05 to 2027-03-20, with 3 engagements and 1 hearing on them.');
  });

  it('draws exactly the dashboard’s points: a dot per step, and per month as many engagements as it placed', () => {
    const { lines, marks } = chartTimeline(tableOf('timeline'));
    expect(lines).toEqual(['SB 12', 'HB 7', 'Engagements', 'Hearings']);
    for (const bill of c.bills) {
      const steps = billTimeline(c, bill.id).filter((p) => p.type === 'step');
      expect(marks.filter((m) => m.line === bill.number).map((m) => m.date)).toEqual(steps.map((p) => p.date));
    }
    const placed = new Map(
      c.bills.flatMap((b) =>
        billTimeline(c, b.id).flatMap((p) => (p.type === 'engagement' ? [[p.engagementId, p] as const] : [])),
      ),
    );
    const drawn = (line: string) => marks.filter((m) => m.line === line).reduce((n, m) => n + m.count, 0);
    expect(drawn('Engagements')).toBe([...placed.values()].filter((p) => p.kind !== 'hearing').length);
    expect(drawn('Hearings')).toBe([...placed.values()].filter((p) => p.kind === 'hearing').length);
    const svg = chartSvg(tableOf('timeline'));
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect([...svg.matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([2, 1, 1]);
    // A month's bar stays on the axis, right of the line labels and inside the picture.
    const width = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    for (const m of svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-date/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(110);
      expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(width);
    }
  });

  it('passes every bill number through the release gate, and draws nothing the table does not hold', () => {
    const gated = tableOf('timeline', 'en', (t) => (t === 'SB 12' ? '[withheld]' : t));
    expect(gated.rows.map((r) => r[0])).not.toContain('SB 12');
    const svg = chartSvg(gated);
    expect(svg).not.toContain('SB 12');
    const cells = tableTexts(gated);
    for (const text of svgTexts(svg))
      expect(
        /^\d{4}(-\d{2})?$/.test(text) || cells.some((cell) => cell.startsWith(text.replace(/\u2026$/, ''))),
        text,
      ).toBe(true);
    expect(svg).not.toMatch(/href|<script|<image|url\(/i);
  });

  it('is worded in Spanish', () => {
    const t = tableOf('timeline', 'es');
    expect(t.header).toEqual(['Proyecto o línea', 'Fecha', 'Qué pasó']);
    expect(t.rows.slice(3)).toEqual([
      ['Contactos', '2027-01', '2 contactos'],
      ['Contactos', '2027-03', '1 contacto'],
      ['Audiencias', '2027-03', '1 audiencia'],
    ]);
    expect(t.rows[0]).toEqual(['SB 12', '2027-01-10', 'Presentado']);
    expect(t.chart?.summary).toBe(
      '2 proyectos de ley del 2027-01-05 al 2027-03-20, con 3 contactos y 1 audiencia sobre ellos.',
    );
  });
});

describe('the report’s engagements per month', () => {
  it('has a row per month from the first to the last with the dashboard’s counts by kind, kinds never used left out', () => {
    const t = tableOf('stacked');
    expect(t.caption).toBe('Engagements per month, by kind');
    expect(t.header).toEqual(['Month', 'Meetings', 'Calls', 'Emails', 'Hearings', 'Total']);
    const months = engagementsPerMonth(c);
    expect(t.rows).toEqual(
      months.map((m) => [
        m.month,
        String(m.byKind.meeting),
        String(m.byKind.call),
        String(m.byKind.email),
        String(m.byKind.hearing),
        String(m.total),
      ]),
    );
    expect(t.rows.map((r) => r[0])).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(t.chart?.summary).toBe('5 engagements over 3 months; the busiest was 2027-01 (2).');
  });

  it('stacks in the picture exactly the counts of the table, each series named by its column', () => {
    const t = tableOf('stacked');
    const { series, columns } = chartStacks(t);
    expect(series).toEqual(['Meetings', 'Calls', 'Emails', 'Hearings']);
    expect(columns.map((col) => [col.label, ...col.counts.map(String)])).toEqual(t.rows.map((r) => r.slice(0, -1)));
    const svg = chartSvg(t);
    const drawn = [...svg.matchAll(/data-row="(\d+)" data-series="(\d+)" data-value="(\d+)"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    const expected = t.rows.flatMap((r, row) =>
      r.slice(1, -1).flatMap((v, s) => (Number(v) > 0 ? [[row, s, Number(v)]] : [])),
    );
    expect(drawn).toEqual(expected);
    for (const name of series) expect(svgTexts(svg)).toContain(name);
  });

  it('is worded in Spanish', () => {
    const t = tableOf('stacked', 'es');
    expect(t.header).toEqual(['Mes', 'Reuniones', 'Llamadas', 'Correos', 'Audiencias', 'Total']);
    expect(t.chart?.summary).toBe('5 contactos en 3 meses; el mes con más fue 2027-01 (2).');
  });

  it('is left out, like the timeline, when there is nothing to draw', () => {
    const empty = buildCampaignReport({
      campaign: campaign(),
      language: 'en',
      paper: 'letter',
      today: '2027-06-01',
      release: (t) => t,
      quotes: [],
    });
    expect(empty.blocks.filter((b) => b.type === 'table')).toEqual([]);
  });
});
