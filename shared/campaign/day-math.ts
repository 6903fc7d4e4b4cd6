/*
 * Arithmetic on calendar days (yyyy-mm-dd). A day is a name on the person's calendar, not an
 * instant: it is computed in UTC so no time zone or daylight-saving change can shift it.
 */

const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

const MS_PER_DAY = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(toUtc(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** The month of a day, yyyy-mm. */
export const monthOf = (day: string): string => day.slice(0, 7);
