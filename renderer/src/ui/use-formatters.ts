import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers in the reader's language (the app's, not the computer's). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const format = (f: Intl.DateTimeFormat) => (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? '' : f.format(date);
    };
    const number = new Intl.NumberFormat(locale);
    return {
      locale,
      dateTime: format(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })),
      /** With seconds: versions saved a few seconds apart must still be told apart. */
      preciseDateTime: format(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })),
      number: (n: number) => number.format(n),
    };
  }, [locale]);
}
