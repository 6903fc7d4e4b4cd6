import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../shared/campaign/campaign-data';
import type { IpcError } from '../../../../shared/ipc/result';
import { newEntryId } from './entry-id';
import { STEP_LABEL } from './labels';
import { SaveError } from './SaveError';
import { useSaveStatus } from './use-save-status';

type Adopted = 'pending' | 'adopted' | 'rejected';
const adoptedOf = (a: boolean | null): Adopted => (a === null ? 'pending' : a ? 'adopted' : 'rejected');

/**
 * Corrects a bill's last step: its date, note, and its amendment (the first, as the add form enters
 * it). The amendment keeps its id, so an outcome that names it as adopted still does; emptying its
 * label takes it off. The vault checks the dates stay in order.
 */
export function EditLastStepForm({
  bill,
  onSave,
  onDone,
}: {
  bill: Bill;
  onSave: (bill: Bill) => Promise<IpcError | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const last = bill.steps.at(-1)!;
  const [first, ...others] = last.amendments;
  const [date, setDate] = useState(last.date);
  const [note, setNote] = useState(last.note);
  const [amendment, setAmendment] = useState(first?.label ?? '');
  const [adopted, setAdopted] = useState<Adopted>(adoptedOf(first?.adopted ?? null));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const label = amendment.trim();
    const amended = label
      ? [
          {
            id: first?.id ?? newEntryId(),
            summary: first?.summary ?? '',
            label,
            adopted: adopted === 'pending' ? null : adopted === 'adopted',
          },
          ...others,
        ]
      : others;
    const step = { ...last, date, note, amendments: amended };
    if (await status.run(() => onSave({ ...bill, steps: [...bill.steps.slice(0, -1), step] }))) onDone();
  };

  return (
    <form className="campaign-form campaign-form--inline" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('campaigns.steps.editLast', { bill: bill.number, step: t(STEP_LABEL[last.kind]) })}</h4>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('campaigns.steps.date')}</label>
          <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('campaigns.steps.note')}</label>
          <input id={`${id}-note`} value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-amend`}>{t('campaigns.steps.amendment')}</label>
          <input id={`${id}-amend`} value={amendment} maxLength={500} onChange={(e) => setAmendment(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-adopted`}>{t('campaigns.steps.adopted')}</label>
          <select id={`${id}-adopted`} value={adopted} onChange={(e) => setAdopted(e.target.value as Adopted)}>
            <option value="pending">{t('campaigns.steps.pending')}</option>
            <option value="adopted">{t('campaigns.steps.wasAdopted')}</option>
            <option value="rejected">{t('campaigns.steps.wasRejected')}</option>
          </select>
        </div>
      </div>
      <SaveError error={status.error} />
      <button type="submit" className="button" disabled={status.busy || !date}>
        {t('campaigns.entry.saveChanges')}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('campaigns.cancel')}
      </button>
    </form>
  );
}
