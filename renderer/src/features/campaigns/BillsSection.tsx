import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, Campaign } from '../../../../shared/campaign/campaign-data';
import { newEntryId } from './entry-id';
import { AddStepForm } from './AddStepForm';
import { BillHistory } from './BillHistory';
import { EditLastStepForm } from './EditLastStepForm';
import { STEP_LABEL } from './labels';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

/** The bills the campaign follows, each with its status history and a way to add the next step. */
export function BillsSection({ campaign, save }: { campaign: Campaign; save: CampaignSave }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  // The bill whose last step is being corrected, if any.
  const [editingBill, setEditingBill] = useState<string | null>(null);
  const [bill, setBill] = useState({ number: '', title: '', sponsor: '' });

  const saveBill = (next: Bill) => save({ bills: campaign.bills.map((b) => (b.id === next.id ? next : b)) });

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
          <BillHistory bill={b} />
          {b.steps.length > 0 && editingBill !== b.id && (
            <div className="campaign-page__actions">
              <button type="button" className="button button--small button--quiet" onClick={() => setEditingBill(b.id)}>
                {t('campaigns.steps.editLastButton', { step: t(STEP_LABEL[b.steps.at(-1)!.kind]), bill: b.number })}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={status.busy}
                onClick={() => void status.run(() => saveBill({ ...b, steps: b.steps.slice(0, -1) }))}
              >
                {t('campaigns.steps.removeLast', { step: t(STEP_LABEL[b.steps.at(-1)!.kind]), bill: b.number })}
              </button>
            </div>
          )}
          {editingBill === b.id && b.steps.length > 0 && (
            <EditLastStepForm bill={b} onSave={saveBill} onDone={() => setEditingBill(null)} />
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
