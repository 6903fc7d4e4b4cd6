import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonyBudgets } from '../../../../../shared/testimony/budgets';
import type { Testimony, TestimonyEdit } from '../../../../../shared/testimony/testimony-data';
import { BudgetMeter } from './BudgetMeter';
import { useBudgetText } from './use-budget-text';

const RATES = [110, 120, 130, 140, 150, 160];

/** The whole document against its limits, the speaking rate, and (spoken testimony) its length. */
export function BudgetSummary({
  testimony,
  budgets,
  onChange,
}: {
  testimony: Testimony;
  budgets: TestimonyBudgets;
  onChange: (c: Partial<TestimonyEdit>) => void;
}) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const id = useId();
  const choices = testimony.template.limits.minuteChoices;
  const unitLabel = {
    words: t('testimony.budget.totalWords'),
    characters: t('testimony.budget.totalCharacters'),
    minutes: t('testimony.budget.totalMinutes'),
  };
  return (
    <div className="budget-summary">
      <h2>{t('testimony.budget.title')}</h2>
      <p data-testid="budget-total">
        {/* How long it takes to say, and the pace below, matter only for testimony given aloud. */}
        {testimony.template.spoken
          ? t('testimony.budget.totals', {
              words: text.amount('words', budgets.total.words),
              characters: text.amount('characters', budgets.total.characters),
              time: text.duration(budgets.total.minutes),
            })
          : t('testimony.budget.totalsWritten', {
              words: text.amount('words', budgets.total.words),
              characters: text.amount('characters', budgets.total.characters),
            })}
      </p>
      {budgets.totalChecks.map((check) => (
        <BudgetMeter key={check.unit} check={check} label={unitLabel[check.unit]} />
      ))}
      {budgets.over && (
        <p className="notice notice--caution" role="status">
          {t('testimony.budget.overSummary')}
        </p>
      )}
      {choices && (
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('testimony.budget.target')}</label>
          <select
            id={`${id}-target`}
            value={String(testimony.targetMinutes ?? testimony.template.limits.minutes ?? '')}
            onChange={(e) => onChange({ targetMinutes: Number(e.currentTarget.value) })}
          >
            {choices.map((m) => (
              <option key={m} value={m}>
                {t('testimony.budget.minutesChoice', { count: m })}
              </option>
            ))}
          </select>
        </div>
      )}
      {testimony.template.spoken && (
        <div className="field">
          <label htmlFor={`${id}-rate`}>{t('testimony.budget.rate')}</label>
          <select
            id={`${id}-rate`}
            value={String(testimony.speakingRate)}
            onChange={(e) => onChange({ speakingRate: Number(e.currentTarget.value) })}
          >
            {(RATES.includes(testimony.speakingRate)
              ? RATES
              : [...RATES, testimony.speakingRate].sort((a, b) => a - b)
            ).map((r) => (
              <option key={r} value={r}>
                {t('testimony.budget.wpm', { n: r })}
              </option>
            ))}
          </select>
          <p className="hint">{t('testimony.budget.rateHint')}</p>
        </div>
      )}
    </div>
  );
}
