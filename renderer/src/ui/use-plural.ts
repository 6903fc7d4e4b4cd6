import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from './use-formatters';

/**
 * Words that change with a number ("1 word", "2 words"). The locale files hold `{ one, other }`
 * under the key (English and Spanish need no more forms); `{{n}}` is the number, formatted.
 */
export function usePlural() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return useCallback(
    (key: string, count: number, vars: Record<string, string> = {}) => {
      const form = new Intl.PluralRules(fmt.locale).select(count) === 'one' ? 'one' : 'other';
      // The one key built here: `key` is written out where plural() is called, and the lint rule
      // (eslint-rules/i18n-keys.mjs) checks there that it has both forms.
      // eslint-disable-next-line harbor-i18n/i18n-keys
      return t(`${key}.${form}`, { ...vars, n: fmt.number(count) });
    },
    [t, fmt],
  );
}
