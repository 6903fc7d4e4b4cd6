import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, Campaign } from '../../../../shared/campaign/campaign-data';
import { useErrorText } from '../../platform/use-error-text';
import { newEntryId } from './entry-id';
import { AddStepForm } from './AddStepForm';
import { BillHistory } from './BillHistory';
import { EditStepForm } from './EditStepForm';
import { STEP_LABEL } from './labels';
import { SaveError } from './SaveError';
import { stepRefusal } from '../../../../shared/campaign/step-refusal';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';
import { useStepRefusalText } from './use-step-refusal-text';

/** The bills the campaign follows, each with its status history and a way to add the next step. */
export function BillsSection({ campaign, save }: { campaign: Campaign; save: CampaignSave }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const refusalText = useStepRefusalText();
  const toText = useErrorText();
  // The step being corrected, if any.
  const [editing, setEditing] = useState<{ billId: string; index: number } | null>(null);
  // A removal the history's rules refuse, said next to the bill it concerns.
  const [refused, setRefused] = useState<{ billId: string; text: string } | null>(null);
  const [bill, setBill] = useState({ number: '', title: '', sponsor: '' });

  const saveBill = (next: Bill) => save({ bills: campaign.bills.map((b) => (b.id === next.id ? next : b)) });

  const removeStep = async (b: Bill, index: number) => {
    const steps = b.steps.filter((_, i) => i !== index);
    const refusal = stepRefusal(steps, index);
    if (refusal) {
      const step = t(STEP_LABEL[b.steps[index]!.kind]);
      return setRefused({
        billId: b.id,
        text: t('campaigns.steps.cannotRemove', { step, reason: refusalText(refusal) }),
      });
    }
    const failed = await saveBill({ ...b, steps });
    setRefused(failed ? { billId: b.id, text: toText(failed) } : null);
    if (!failed) setEditing(null);
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const added: Bill = { id: newEntryId(), ...bill, steps: [] };
    if (await status.run(() => save({ bills: [...campaign.bills, added] })))
      setBill({ number: '', title: '', sponsor: '' });
  };

  return (
    <section className="campaign-section" aria-labelledby={id}>
      <h2 id={id}>{t('campaigns.bills.title')}</h2>
      {campaign.bills.length === 0 && <p>{t('campaigns.bills.empty')}</p>}
      {campaign.bills.map((b) => (
        <article key={b.id} className="bill" aria-label={b.number}>
          <h3 className="bill__title">
            {b.number}
            {b.title && ` — ${b.title}`}
          </h3>
          {b.sponsor && <p className="hint">{t('campaigns.bills.sponsoredBy', { sponsor: b.sponsor })}</p>}
          <BillHistory
            bill={b}
            actions={(index) => {
              const names = { bill: b.number, number: index + 1, step: t(STEP_LABEL[b.steps[index]!.kind]) };
              return (
                <span className="bill-history__actions">
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('campaigns.steps.editStep', names)}
                    aria-expanded={editing?.billId === b.id && editing.index === index}
                    onClick={() => setEditing({ billId: b.id, index })}
                  >
                    {t('campaigns.steps.change')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('campaigns.steps.removeStep', names)}
                    onClick={() => void removeStep(b, index)}
                  >
                    {t('campaigns.entry.remove')}
                  </button>
                </span>
              );
            }}
          />
          {refused?.billId === b.id && <SaveError error={refused.text} />}
          {editing?.billId === b.id && b.steps[editing.index] && (
            <EditStepForm
              key={`${b.steps[editing.index]!.id}`}
              bill={b}
              index={editing.index}
              onSave={saveBill}
              onDone={() => setEditing(null)}
            />
          )}
          <AddStepForm bill={b} onSave={saveBill} />
        </article>
      ))}
      <form className="campaign-form campaign-form--inline" onSubmit={(e) => void add(e)} aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>{t('campaigns.bills.add')}</h3>
        <div className="field">
          <label htmlFor={`${id}-number`}>{t('campaigns.bills.number')}</label>
          <input
            id={`${id}-number`}
            value={bill.number}
            maxLength={60}
            required
            onChange={(e) => setBill({ ...bill, number: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('campaigns.bills.billTitle')}</label>
          <input
            id={`${id}-title`}
            value={bill.title}
            maxLength={500}
            onChange={(e) => setBill({ ...bill, title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sponsor`}>{t('campaigns.bills.sponsor')}</label>
          <input
            id={`${id}-sponsor`}
            value={bill.sponsor}
            maxLength={500}
            onChange={(e) => setBill({ ...bill, sponsor: e.target.value })}
          />
        </div>
        <SaveError error={status.error} />
        <button type="submit" className="button" disabled={status.busy || bill.number.trim() === ''}>
          {t('campaigns.bills.addButton')}
        </button>
      </form>
    </section>
  );
}
