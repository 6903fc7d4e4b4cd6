import { useTranslation } from 'react-i18next';
import type { BudgetUnit } from '../../../../../shared/templates/template-schema';
import { useFormatters } from '../../../ui/use-formatters';

/**
 * Amounts in the reader's language: "1,204 words", "4,980 characters", "2 min 10 s". A duration
 * is one unit for the eye: its spaces do not break (the locale files hold non-breaking ones).
 */
export function useBudgetText() {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const duration = (minutes: number) => {
    const seconds = Math.round(minutes * 60);
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return m > 0 ? t('testimony.budget.minSec', { m, s }) : t('testimony.budget.sec', { s });
  };
  const amount = (unit: BudgetUnit, value: number) =>
    unit === 'minutes'
      ? duration(value)
      : unit === 'words'
        ? t('testimony.budget.words', { n: number(Math.round(value)) })
        : t('testimony.budget.characters', { n: number(Math.round(value)) });
  return { amount, duration };
}
