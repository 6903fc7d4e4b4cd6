import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { AsksChart } from '../../renderer/src/features/campaigns/charts/AsksChart';
import { BillTimelineChart } from '../../renderer/src/features/campaigns/charts/BillTimelineChart';
import { EngagementsChart } from '../../renderer/src/features/campaigns/charts/EngagementsChart';
import { FollowUpsChart } from '../../renderer/src/features/campaigns/charts/FollowUpsChart';
import { TestimoniesChart } from '../../renderer/src/features/campaigns/charts/TestimoniesChart';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

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

const figureNamed = (name: string) => screen.getByRole('figure', { name });

/** The sentence a figure is described by (aria-describedby), as a screen reader reads it. */
const summaryOf = (figure: HTMLElement) =>
  document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

describe('campaign charts', () => {
  it('follow-ups: the table holds the numbers the bars are drawn from, and one sentence says them', () => {
    render(<FollowUpsChart counts={{ onTime: 7, late: 2, open: 4 }} />);
    const figure = figureNamed('Follow-ups');
    expect(tableRows(figure)).toEqual([
      ['Done on time', '7'],
      ['Done late', '2'],
      ['Still open', '4'],
    ]);
    expect(drawn(figure, '[data-bar]')).toEqual([7, 2, 4]);
    expect(summaryOf(figure)).toBe('Follow-ups: 7 done on time, 2 done late and 4 still open.');
    // The picture is named by the same sentence, for a screen reader that meets the image.
    expect(
      within(figure).getByRole('img', { name: 'Follow-ups: 7 done on time, 2 done late and 4 still open.' }),
    ).toBeTruthy();
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
          { month: '2027-01', counts: { meeting: 2, call: 1 } },
          { month: '2027-02', counts: { meeting: 0 } },
          { month: '2027-03', counts: { meeting: 3, call: 4 } },
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

  it('testimonies per hearing: the sentence names the hearing with the most', () => {
    render(
      <TestimoniesChart
        hearings={[
          { label: 'Judiciary, 3 Mar', value: 2 },
          { label: 'Finance, 9 Apr', value: 5 },
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
    render(<FollowUpsChart counts={{ onTime: 1, late: 0, open: 2 }} />);
    const figure = figureNamed('Seguimientos');
    expect(summaryOf(figure)).toBe('Seguimientos: 1 hechos a tiempo, 0 hechos con retraso y 2 pendientes.');
    expect(within(figure).getByText('Mostrar los números en una tabla')).toBeTruthy();
  });
});
