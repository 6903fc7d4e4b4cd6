import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAMBERS, type Bill, type BillStepKind, type Chamber } from '../../../../shared/campaign/campaign-data';
import { nextSteps } from '../../../../shared/campaign/status-history';
import type { IpcError } from '../../../../shared/ipc/result';
import { todayIso } from '../../ui/today';
import { newEntryId } from './entry-id';
import { CHAMBER_LABEL, STEP_LABEL } from './labels';
import { SaveError } from './SaveError';
import { useSaveStatus } from './use-save-status';

type Adopted = 'pending' | 'adopted' | 'rejected';

/** Adds the next dated step to a bill's history, offering only the steps that may follow the last one. */
export function AddStepForm({ bill, onSave }: { bill: Bill; onSave: (bill: Bill) => Promise<IpcError | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const allowed = nextSteps(bill.steps);
  const [kind, setKind] = useState<BillStepKind>(allowed[0] ?? 'other');
  const [date, setDate] = useState(todayIso());
  const [chamber, setChamber] = useState<Chamber | ''>('');
  const [note, setNote] = useState('');
  const [amendment, setAmendment] = useState('');
  const [adopted, setAdopted] = useState<Adopted>('pending');
  if (allowed.length === 0) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const step = {
      id: newEntryId(),
      kind: allowed.includes(kind) ? kind : allowed[0]!,
      date,
      chamber: chamber || null,
      note,
      amendments: amendment.trim()
        ? [
            {
              id: newEntryId(),
              label: amendment.trim(),
              summary: '',
              adopted: adopted === 'pending' ? null : adopted === 'adopted',
            },
          ]
        : [],
    };
    if (await status.run(() => onSave({ ...bill, steps: [...bill.steps, step] }))) {
      setNote('');
      setAmendment('');
      setAdopted('pending');
    }
  };

  return (
    <form className="campaign-form campaign-form--inline" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('campaigns.steps.add', { bill: bill.number })}</h4>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('campaigns.steps.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as BillStepKind)}>
            {allowed.map((k) => (
              <option key={k} value={k}>
                {t(STEP_LABEL[k])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('campaigns.steps.date')}</label>
          <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-chamber`}>{t('campaigns.steps.chamber')}</label>
          <select id={`${id}-chamber`} value={chamber} onChange={(e) => setChamber(e.target.value as Chamber | '')}>
            <option value="">{t('campaigns.steps.noChamber')}</option>
            {CHAMBERS.map((c) => (
              <option key={c} value={c}>
                {t(CHAMBER_LABEL[c])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('campaigns.steps.note')}</label>
        <input id={`${id}-note`} value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
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
        {t('campaigns.steps.addButton')}
      </button>
    </form>
  );
}
