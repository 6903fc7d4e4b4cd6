/*
 * Long series drawn as a picture people can read. A chart of more than MAX_BARS columns or bars
 * (five years of months, hundreds of hearings) is a smear on a page, so its rows are summed into
 * quarters, or years, until they fit; the chart's title and table then name the grouping, and the
 * table holds exactly the grouped numbers the picture draws.
 */

/** More bars or columns than this do not make a picture one can read (a page holds about forty). */
export const MAX_BARS = 40;

export type Grain = 'month' | 'quarter' | 'year';

/** A period's key: yyyy-mm for a month, yyyy-Qn for a quarter, yyyy for a year. */
export function periodOf(month: string, grain: Grain): string {
  const year = month.slice(0, 4);
  if (grain === 'year') return year;
  if (grain === 'month') return month.slice(0, 7);
  return `${year}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** How many periods of a grain run from one yyyy-mm month to another, both counted. */
function periodsBetween(first: string, last: string, grain: Grain): number {
  const index = (m: string) => {
    const year = Number(m.slice(0, 4));
    const month = Number(m.slice(5, 7)) - 1;
    return grain === 'year' ? year : grain === 'quarter' ? year * 4 + Math.floor(month / 3) : year * 12 + month;
  };
  return index(last) - index(first) + 1;
}

/** The finest grain (month, then quarter, then year) at which first…last is at most `max` periods. */
export function grainFor(first: string, last: string, max = MAX_BARS): Grain {
  if (periodsBetween(first, last, 'month') <= max) return 'month';
  if (periodsBetween(first, last, 'quarter') <= max) return 'quarter';
  return 'year';
}

/** Every period from the one holding `first` to the one holding `last`, oldest first. */
export function periodsFrom(first: string, last: string, grain: Grain): string[] {
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7)) - 1;
  const end = periodOf(last, grain);
  const step = grain === 'year' ? 12 : grain === 'quarter' ? 3 : 1;
  if (grain === 'quarter') month -= month % 3;
  if (grain === 'year') month = 0;
  for (;;) {
    const key = periodOf(`${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`, grain);
    out.push(key);
    if (key === end) return out;
    month += step;
    year += Math.floor(month / 12);
    month %= 12;
  }
}

export interface DatedCounts {
  /** yyyy-mm or yyyy-mm-dd. */
  date: string;
  counts: readonly number[];
}

export interface PeriodCounts {
  period: string;
  counts: number[];
}

/**
 * Rows summed into every period of `grain` from the first row's to the last's (a period with
 * none is there with zeros), each count column summed on its own: the totals never change.
 */
export function groupByPeriod(rows: readonly DatedCounts[], grain: Grain): PeriodCounts[] {
  if (rows.length === 0) return [];
  const dates = rows.map((r) => r.date).sort();
  const width = Math.max(0, ...rows.map((r) => r.counts.length));
  const out = new Map(
    periodsFrom(dates[0]!, dates[dates.length - 1]!, grain).map((p) => [p, new Array<number>(width).fill(0)]),
  );
  for (const r of rows) {
    const sums = out.get(periodOf(r.date, grain))!;
    r.counts.forEach((n, i) => (sums[i]! += n));
  }
  return [...out].map(([period, counts]) => ({ period, counts }));
}
