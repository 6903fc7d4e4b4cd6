import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { namesItselfAmendment } from '../../../../shared/campaign/amendment-label';
import type { Bill } from '../../../../shared/campaign/campaign-data';
import { CHAMBER_LABEL, STEP_LABEL } from './labels';
import { useDayText } from './use-day-text';

/** A bill's status history, oldest first, with the amendments noted on each step (and its actions, when given). */
export function BillHistory({ bill, actions }: { bill: Bill; actions?: (index: number) => ReactNode }) {
  const { t } = useTranslation();
  const day = useDayText();
  if (bill.steps.length === 0) return <p className="hint">{t('campaigns.bills.noSteps')}</p>;
  return (
    <ol className="bill-history" aria-label={t('campaigns.bills.history', { bill: bill.number })}>
      {bill.steps.map((s, i) => (
        <li key={s.id}>
          <span className="bill-history__date">{day(s.date)}</span> <strong>{t(STEP_LABEL[s.kind])}</strong>
          {s.chamber && ` (${t(CHAMBER_LABEL[s.chamber])})`}
          {s.note && ` — ${s.note}`}
          {s.amendments.length > 0 && (
            <ul className="bill-history__amendments">
              {s.amendments.map((a) => {
                const name = namesItselfAmendment(a.label)
                  ? a.label
                  : t('campaigns.bills.amendmentNamed', { label: a.label });
                return (
                  <li key={a.id}>
                    {a.adopted === true
                      ? t('campaigns.bills.amendmentAdopted', { name })
                      : a.adopted === false
                        ? t('campaigns.bills.amendmentRejected', { name })
                        : t('campaigns.bills.amendmentPending', { name })}
                    {a.summary && ` — ${a.summary}`}
                  </li>
                );
              })}
            </ul>
          )}
          {actions?.(i)}
        </li>
      ))}
    </ol>
  );
}
