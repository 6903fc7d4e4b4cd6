import type { Grain } from '../../../../../shared/campaign/period-grouping';
import { monthLabel } from './month-label';

/** The header of a grouped chart's first column: Month, Quarter or Year (Mes, Trimestre, Año). */
export const PERIOD_COLUMN = {
  month: 'campaigns.charts.period.month',
  quarter: 'campaigns.charts.period.quarter',
  year: 'campaigns.charts.period.year',
} as const;

/**
 * A period's key (yyyy-mm, yyyy-Qn, yyyy) as the reader's language names it. Quarters are named as
 * the campaign report names them (2026 Q1, 2026 T1), so the dashboard and the report agree.
 */
export function periodLabel(
  key: string,
  grain: Grain,
  locale: string,
  t: (key: string, values: Record<string, string>) => string,
): string {
  if (grain === 'month') return monthLabel(key, locale);
  if (grain === 'year') return key;
  const [year, quarter] = key.split('-Q');
  return t('campaigns.charts.quarterLabel', { year: year ?? '', quarter: quarter ?? '' });
}
