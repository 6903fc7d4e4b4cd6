import { useMemo } from 'react';
import { useFormatters } from '../../ui/use-formatters';

/** A calendar day (yyyy-mm-dd) in the reader's language, the same day wherever the computer is. */
export function useDayText(): (day: string) => string {
  const { locale } = useFormatters();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (day: string) => f.format(new Date(`${day.slice(0, 10)}T12:00:00Z`));
  }, [locale]);
}
