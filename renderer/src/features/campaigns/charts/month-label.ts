// One formatter per language: building an Intl.DateTimeFormat costs more than using it, and a
// five-year chart names sixty months.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-03" as the reader's language names it ("Mar 2026", "mar 2026"). */
export function monthLabel(month: string, locale: string): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, f);
  }
  const [year, m] = month.split('-').map(Number);
  return f.format(new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 15)));
}
