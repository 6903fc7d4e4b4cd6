import { useTranslation } from 'react-i18next';
import type { BudgetCheck } from '../../../../../shared/testimony/budgets';
import { useBudgetText } from './use-budget-text';

/**
 * One budget: "212 of 250 words", a bar, and in words (not only colour) whether it is close to or
 * over the limit and by how much.
 */
export function BudgetMeter({ check, label }: { check: BudgetCheck; label: string }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const percent = Math.min(100, Math.round(check.ratio * 100));
  return (
    <div className={`budget budget--${check.state}`} data-testid="budget" data-state={check.state}>
      <div className="budget__line">
        <span>{label}</span>
        <span>
          {t('testimony.budget.of', {
            used: text.amount(check.unit, check.used),
            max: text.amount(check.unit, check.max),
          })}
        </span>
      </div>
      <div className="budget__bar" aria-hidden="true">
        <div className="budget__fill" style={{ width: `${percent}%` }} />
      </div>
      {check.state === 'over' && (
        <p className="budget__state">
          {t('testimony.budget.over', { amount: text.amount(check.unit, check.used - check.max) })}
        </p>
      )}
      {check.state === 'near' && <p className="budget__state">{t('testimony.budget.near')}</p>}
    </div>
  );
}
