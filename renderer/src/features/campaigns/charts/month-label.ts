/** "2026-03" as the reader's language names it ("Mar 2026", "mar 2026"). */
export function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 15));
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
