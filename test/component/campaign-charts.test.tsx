import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_KINDS, type EngagementKind } from '../../shared/campaign/campaign-data';
import type { MonthCount } from '../../shared/campaign/dashboard';
import { addDays } from '../../shared/campaign/day-math';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { PreferencesProvider } from '../../renderer/src/platform/preferences/PreferencesContext';
import { DashboardPage } from '../../renderer/src/features/campaigns/DashboardPage';
import { todayIso } from '../../renderer/src/ui/today';
import { AsksChart } from '../../renderer/src/features/campaigns/charts/AsksChart';
import { BillTimelineChart } from '../../renderer/src/features/campaigns/charts/BillTimelineChart';
import { EngagementsChart } from '../../renderer/src/features/campaigns/charts/EngagementsChart';
import { FollowUpsChart } from '../../renderer/src/features/campaigns/charts/FollowUpsChart';
import { TestimoniesChart } from '../../renderer/src/features/campaigns/charts/TestimoniesChart';
import { campaignOf, meetingOf, useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

useEnglishScreens();

/** The table's body rows as text, cell by cell. */
function tableRows(figure: HTMLElement): string[][] {
  // The table is built when its disclosure is first opened.
  fireEvent.click(within(figure).getByText('Show the numbers as a table'));
  return within(figure)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** What the drawing draws: each bar's (or block's) data value, in drawing order. */
const drawn = (figure: HTMLElement, selector: string) =>
  [...figure.querySelectorAll<SVGElement>(selector)].map((el) => Number(el.dataset.value));

/** One month of the shared dashboard's counts: the kinds given, every other kind zero. */
function monthOf(month: string, some: Partial<Record<EngagementKind, number>>): MonthCount {
  const byKind = Object.fromEntries(ENGAGEMENT_KINDS.map((k) => [k, some[k] ?? 0])) as Record<EngagementKind, number>;
  return { month, byKind, total: ENGAGEMENT_KINDS.reduce((n, k) => n + byKind[k], 0) };
}

const figureNamed = (name: string) => screen.getByRole('figure', { name });

/** The sentence a figure is described by (aria-describedby), as a screen reader reads it. */
const summaryOf = (figure: HTMLElement) =>
  document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

describe('campaign charts', () => {
  it('follow-ups: the table holds the numbers the bars are drawn from, overdue apart from open, and one sentence says them', () => {
    render(<FollowUpsChart counts={{ onTime: 7, late: 2, open: 4, overdue: 3 }} />);
    const figure = figureNamed('Follow-ups');
    expect(tableRows(figure)).toEqual([
      ['Done on time', '7'],
      ['Done late', '2'],
      ['Still open, not yet due', '4'],
      ['Overdue', '3'],
    ]);
    expect(drawn(figure, '[data-bar]')).toEqual([7, 2, 4, 3]);
    const sentence = 'Follow-ups: 7 done on time, 2 done late, 4 still open and 3 overdue.';
    expect(summaryOf(figure)).toBe(sentence);
    // The picture is named by the same sentence, for a screen reader that meets the image.
    expect(within(figure).getByRole('img', { name: sentence })).toBeTruthy();
  });

  it('the dashboard draws from the shared numbers: a follow-up past its day counts as overdue, not open', () => {
    const today = todayIso();
    const followUp = (id: string, due: string) => ({ id, text: 'Send the fact sheet', due, doneOn: null });
    render(
      <DashboardPage
        campaign={campaignOf({
          engagements: [
            meetingOf({
              date: addDays(today, -10),
              followUps: [followUp('follow-0001', addDays(today, -2)), followUp('follow-0002', addDays(today, 3))],
            }),
          ],
        })}
        onBack={() => undefined}
      />,
    );
    expect(summaryOf(figureNamed('Follow-ups'))).toBe(
      'Follow-ups: 0 done on time, 0 done late, 1 still open and 1 overdue.',
    );
  });

  it('the dashboard’s outline: each chart’s title is a heading right under the page’s, no level skipped', () => {
    render(<DashboardPage campaign={campaignOf({})} onBack={() => undefined} />);
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
    expect(levels).toEqual([1, 2, 2, 2, 2, 2]);
    expect(screen.getByRole('heading', { level: 2, name: 'Follow-ups' })).toBeTruthy();
  });

  it('an empty chart draws nothing and says so instead of showing an empty axis', () => {
    render(<AsksChart counts={{ won: 0, partly: 0, lost: 0, open: 0 }} />);
    const figure = figureNamed('Asks won and lost');
    expect(within(figure).queryByRole('img')).toBeNull();
    expect(within(figure).queryByRole('table')).toBeNull();
    expect(summaryOf(figure)).toBe('No asks in the message box yet.');
  });

  it('asks: won, partly won, lost and undecided, in the table, the bars and the sentence', () => {
    render(<AsksChart counts={{ won: 1, partly: 1, lost: 0, open: 1 }} />);
    const figure = figureNamed('Asks won and lost');
    expect(tableRows(figure).map((r) => r[1])).toEqual(['1', '1', '0', '1']);
    expect(drawn(figure, '[data-bar]')).toEqual([1, 1, 0, 1]);
    expect(summaryOf(figure)).toBe('Asks: 1 won, 1 partly won, 0 lost and 1 not decided yet.');
  });

  it('engagements per month: each month stacks its kinds, the table adds them up, the sentence names the busiest month', () => {
    render(
      <EngagementsChart
        kinds={[
          { key: 'meeting', label: 'Meetings' },
          { key: 'call', label: 'Calls' },
        ]}
        months={[
          monthOf('2027-01', { meeting: 2, call: 1 }),
          monthOf('2027-02', {}),
          monthOf('2027-03', { meeting: 3, call: 4 }),
        ]}
      />,
    );
    const figure = figureNamed('Engagements per month');
    expect(tableRows(figure)).toEqual([
      ['Jan 2027', '2', '1', '3'],
      ['Feb 2027', '0', '0', '0'],
      ['Mar 2027', '3', '4', '7'],
    ]);
    // Each month's stack, as series → height; a kind with none that month draws no block.
    const stacks = [...figure.querySelectorAll<SVGElement>('[data-month]')].map((month) =>
      Object.fromEntries(
        [...month.querySelectorAll<SVGElement>('[data-series]')].map((block) => [
          block.dataset.series,
          Number(block.dataset.value),
        ]),
      ),
    );
    expect(stacks).toEqual([{ Meetings: 2, Calls: 1 }, {}, { Meetings: 3, Calls: 4 }]);
    expect(summaryOf(figure)).toBe('Engagements logged: 10; the busiest month: Mar 2027 (7).');
  });

  /** `count` months from `first` (yyyy-mm), each with the counts `of(i)` gives its i-th month. */
  const monthsFrom = (first: string, count: number, of: (i: number) => Partial<Record<EngagementKind, number>>) =>
    Array.from({ length: count }, (_, i) => {
      const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + i;
      const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      return monthOf(month, of(i));
    });
  const meetingsAndCalls = [
    { key: 'meeting', label: 'Meetings' },
    { key: 'call', label: 'Calls' },
  ] as const;
  /** Each drawn stack's blocks as series → height, in drawing order. */
  const stacksOf = (figure: HTMLElement) =>
    [...figure.querySelectorAll<SVGElement>('[data-month]')].map((month) =>
      Object.fromEntries(
        [...month.querySelectorAll<SVGElement>('[data-series]')].map((block) => [
          block.dataset.series,
          Number(block.dataset.value),
        ]),
      ),
    );

  it('engagements over five years: the picture and its table sum the months per quarter, named in the title, the totals unchanged', () => {
    const months = monthsFrom('2022-01', 60, (i) => ({ meeting: i % 4, call: i % 3 }));
    const meetings = months.reduce((n, m) => n + m.byKind.meeting, 0);
    const calls = months.reduce((n, m) => n + m.byKind.call, 0);
    render(<EngagementsChart kinds={meetingsAndCalls} months={months} />);
    const figure = figureNamed(
      'Engagements per quarter (60 months, too many for a column each, grouped into quarters)',
    );
    const stacks = stacksOf(figure);
    expect(stacks).toHaveLength(20);
    // Grouping moves the engagements into quarters; it never loses or adds one.
    expect(stacks.reduce((n, s) => n + (s.Meetings ?? 0), 0)).toBe(meetings);
    expect(stacks.reduce((n, s) => n + (s.Calls ?? 0), 0)).toBe(calls);
    // January to March 2022: meetings 0 + 1 + 2, calls 0 + 1 + 2.
    expect(stacks[0]).toEqual({ Meetings: 3, Calls: 3 });
    const rows = tableRows(figure);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual(['2022 Q1', '3', '3', '6']);
    expect(rows[19]![0]).toBe('2026 Q4');
    // The table holds exactly what the picture draws (a kind with none that quarter draws no block).
    expect(rows.map((r) => [Number(r[1]), Number(r[2])])).toEqual(stacks.map((s) => [s.Meetings ?? 0, s.Calls ?? 0]));
    expect(within(figure).getByRole('columnheader', { name: 'Quarter' })).toBeTruthy();
    expect(summaryOf(figure)).toMatch(
      new RegExp(`^Engagements logged: ${meetings + calls} over 60 months, shown per quarter over 20 quarters;`),
    );
  });

  it('engagements over eleven years are summed per year; in Spanish a quarter reads 2022 T1', () => {
    render(<EngagementsChart kinds={meetingsAndCalls} months={monthsFrom('2000-01', 121, () => ({ meeting: 1 }))} />);
    const figure = figureNamed('Engagements per year (121 months, too many for a column each, grouped into years)');
    expect(tableRows(figure).map((r) => r[0])).toEqual(Array.from({ length: 11 }, (_, i) => String(2000 + i)));
    expect(drawn(figure, '[data-series]')).toEqual([...new Array<number>(10).fill(12), 1]);
    cleanup();
    setLanguage('es');
    render(<EngagementsChart kinds={meetingsAndCalls} months={monthsFrom('2022-01', 60, () => ({ call: 1 }))} />);
    const spanish = figureNamed(
      'Contactos por trimestre (60 meses, demasiados para una columna cada uno, agrupados en trimestres)',
    );
    fireEvent.click(within(spanish).getByText('Mostrar los números en una tabla'));
    expect(within(spanish).getByRole('columnheader', { name: 'Trimestre' })).toBeTruthy();
    expect(within(spanish).getByRole('rowheader', { name: '2022 T1' })).toBeTruthy();
    expect(spanish.querySelector('[data-month]')?.getAttribute('data-month')).toBe('2022 T1');
  });

  it('engagements over forty months: still a column each month, titled per month', () => {
    render(<EngagementsChart kinds={meetingsAndCalls} months={monthsFrom('2022-01', 40, () => ({ meeting: 1 }))} />);
    const figure = figureNamed('Engagements per month');
    expect(stacksOf(figure)).toHaveLength(40);
    const rows = tableRows(figure);
    expect(rows).toHaveLength(40);
    expect(rows[0]).toEqual(['Jan 2022', '1', '0', '1']);
    expect(within(figure).getByRole('columnheader', { name: 'Month' })).toBeTruthy();
  });

  it('testimonies per hearing: the sentence names the hearing with the most', () => {
    render(
      <TestimoniesChart
        hearings={[
          { label: 'Judiciary, 3 Mar', date: '2027-03-03', value: 2 },
          { label: 'Finance, 9 Apr', date: '2027-04-09', value: 5 },
        ]}
      />,
    );
    const figure = figureNamed('Testimonies per hearing');
    expect(tableRows(figure)).toEqual([
      ['Judiciary, 3 Mar', '2'],
      ['Finance, 9 Apr', '5'],
    ]);
    expect(drawn(figure, '[data-bar]')).toEqual([2, 5]);
    expect(summaryOf(figure)).toBe('Testimonies submitted: 7; the most for one hearing: Finance, 9 Apr (5).');
  });

  it('testimonies at 400 hearings: the picture and its table sum them per quarter, named in the title, and every hearing is still one click away', () => {
    // 400 hearings, one every four or five days from January 2022: about five years, so past forty
    // months (a bar each would be 400 hair-thin bars; a month each, sixty).
    const hearings = Array.from({ length: 400 }, (_, i) => ({
      label: `Judiciary ${i + 1}, ${addDays('2022-01-03', Math.floor(i * 4.5))}`,
      date: addDays('2022-01-03', Math.floor(i * 4.5)),
      value: i % 3,
    }));
    const total = hearings.reduce((n, h) => n + h.value, 0);
    render(<TestimoniesChart hearings={hearings} />);
    const figure = figureNamed(
      'Testimonies per quarter (400 hearings, too many for a bar each, grouped by the quarter they were held in)',
    );
    const bars = drawn(figure, '[data-bar]');
    expect(bars.length).toBeLessThanOrEqual(40);
    expect(bars.length).toBeGreaterThan(15);
    // Grouping moves the testimonies into quarters; it never loses or adds one.
    expect(bars.reduce((n, v) => n + v, 0)).toBe(total);
    const quarters = tableRows(figure);
    expect(quarters[0]).toEqual(['2022 Q1', String(bars[0])]);
    expect(quarters.map((r) => Number(r[1]))).toEqual(bars);
    expect(within(figure).getByRole('columnheader', { name: 'Quarter' })).toBeTruthy();
    expect(summaryOf(figure)).toMatch(
      new RegExp(`^Testimonies submitted: ${total} for 400 hearings, shown per quarter over ${bars.length} quarters;`),
    );
    // The hearings themselves, each with its own count, behind a second disclosure.
    fireEvent.click(within(figure).getByText('Show every hearing as a table'));
    const each = within(figure).getByRole('table', { name: 'Testimonies submitted at each hearing' });
    const rows = within(each)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toHaveLength(400);
    expect(rows[399]).toEqual([hearings[399]!.label, String(hearings[399]!.value)]);
  });

  it('testimonies at forty hearings: still a bar each, titled per hearing', () => {
    const hearings = Array.from({ length: 40 }, (_, i) => ({
      label: `Judiciary ${i + 1}`,
      date: addDays('2027-01-04', i * 7),
      value: 1,
    }));
    render(<TestimoniesChart hearings={hearings} />);
    const figure = figureNamed('Testimonies per hearing');
    expect(drawn(figure, '[data-bar]')).toHaveLength(40);
    expect(within(figure).queryByText('Show every hearing as a table')).toBeNull();
  });

  it('bill timeline: every step in the table is a point on its bill’s line; engagements and hearings get lines of their own', () => {
    const { container } = render(
      <BillTimelineChart
        bills={[
          {
            label: 'SB 12',
            steps: [
              { date: '2027-01-10', step: 'Introduced' },
              { date: '2027-03-02', step: 'Committee vote' },
            ],
          },
        ]}
        engagements={['2027-01-20', '2027-02-05']}
        hearings={['2027-02-20']}
      />,
    );
    const figure = figureNamed('Bill timeline');
    expect(tableRows(figure)).toEqual([
      ['SB 12', 'Jan 10, 2027', 'Introduced'],
      ['SB 12', 'Mar 2, 2027', 'Committee vote'],
    ]);
    const points = (row: string) =>
      [...container.querySelectorAll(`[data-row="${row}"] [data-date]`)].flatMap((el) =>
        el.getAttribute('data-date')!.split(' '),
      );
    expect(points('SB 12')).toEqual(['2027-01-10', '2027-03-02']);
    expect(points('Engagements')).toEqual(['2027-01-20', '2027-02-05']);
    expect(points('Hearings')).toEqual(['2027-02-20']);
    expect(summaryOf(figure)).toBe('From Jan 10, 2027 to Mar 2, 2027: bills followed: 1; engagements: 2; hearings: 1.');
  });

  it('in Spanish, the summary and the table speak Spanish', () => {
    setLanguage('es');
    render(<FollowUpsChart counts={{ onTime: 1, late: 0, open: 2, overdue: 0 }} />);
    const figure = figureNamed('Seguimientos');
    expect(summaryOf(figure)).toBe('Seguimientos: 1 hechos a tiempo, 0 hechos con retraso, 2 pendientes y 0 vencidos.');
    expect(within(figure).getByText('Mostrar los números en una tabla')).toBeTruthy();
  });

  it('every label in every chart is drawn at the person’s text size: twice as large at 200 %', async () => {
    /** The size of every piece of text drawn in the charts, at one text size setting. */
    const sizesAt = async (textScale: number) => {
      installHarbor({}, { textScale });
      render(
        <PreferencesProvider fallback={null}>
          <FollowUpsChart counts={{ onTime: 7, late: 2, open: 4, overdue: 3 }} />
          <EngagementsChart
            kinds={[{ key: 'meeting', label: 'Meetings' }]}
            months={[monthOf('2027-01', { meeting: 2 }), monthOf('2027-02', { meeting: 5 })]}
          />
          <BillTimelineChart
            bills={[{ label: 'SB 12', steps: [{ date: '2027-01-10', step: 'Introduced' }] }]}
            engagements={['2027-01-20']}
            hearings={[]}
          />
        </PreferencesProvider>,
      );
      await screen.findByRole('figure', { name: 'Follow-ups' });
      const texts = [...document.querySelectorAll<SVGTextElement>('svg.chart__svg text')];
      // Bar labels and numbers, counts and months on the axes, row names and dates on the timeline.
      expect(texts.length).toBeGreaterThan(12);
      const sizes = new Set(texts.map((t) => Number(t.getAttribute('font-size'))));
      cleanup();
      return [...sizes];
    };
    const standard = await sizesAt(1);
    expect(standard).toHaveLength(1);
    // The page's small text (0.75rem of a 17px root): readable, not the 10px a chart library defaults to.
    expect(standard[0]).toBeGreaterThanOrEqual(12.5);
    for (const scale of [1.6, 2]) {
      const larger = await sizesAt(scale);
      expect(larger).toHaveLength(1);
      expect(larger[0]).toBeCloseTo(standard[0]! * scale, 5);
    }
  });
});
