import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BILL_STEP_KINDS,
  CHAMBERS,
  type Bill,
  type BillStepKind,
  type Chamber,
} from '../../../../shared/campaign/campaign-data';
import type { IpcError } from '../../../../shared/ipc/result';
import { newEntryId } from './entry-id';
import { CHAMBER_LABEL, STEP_LABEL } from './labels';
import { SaveError } from './SaveError';
import { stepRefusal } from './step-refusal';
import { useSaveStatus } from './use-save-status';
import { useStepRefusalText } from './use-step-refusal-text';

type Adopted = 'pending' | 'adopted' | 'rejected';
const adoptedOf = (a: boolean | null): Adopted => (a === null ? 'pending' : a ? 'adopted' : 'rejected');

/**
 * Corrects one step of a bill's history, wherever it is: its kind, date, chamber, note, and its
 * amendment (the first, as the add form enters it). The amendment keeps its id, so an outcome that
 * names it as adopted still does; emptying its label takes it off. A change that would break the
 * history's rules (dates in order, which step may follow which) is refused here, in words, before
 * the vault is asked; the vault checks the same rules again.
 */
export function EditStepForm({
  bill,
  index,
  onSave,
  onDone,
}: {
  bill: Bill;
  index: number;
  onSave: (bill: Bill) => Promise<IpcError | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const refusalText = useStepRefusalText();
  const step = bill.steps[index]!;
  const [first, ...others] = step.amendments;
  const [kind, setKind] = useState<BillStepKind>(step.kind);
  const [date, setDate] = useState(step.date);
  const [chamber, setChamber] = useState<Chamber | ''>(step.chamber ?? '');
  const [note, setNote] = useState(step.note);
  const [amendment, setAmendment] = useState(first?.label ?? '');
  const [adopted, setAdopted] = useState<Adopted>(adoptedOf(first?.adopted ?? null));
  const [refused, setRefused] = useState<string | null>(null);

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
    const changed = { ...step, kind, date, chamber: chamber || null, note, amendments: amended };
    const steps = bill.steps.map((s, i) => (i === index ? changed : s));
    const refusal = stepRefusal(steps, index);
    setRefused(refusal ? refusalText(refusal) : null);
    if (refusal) return;
    if (await status.run(() => onSave({ ...bill, steps }))) onDone();
  };

  const heading = t('campaigns.steps.editOne', {
    bill: bill.number,
    step: t(STEP_LABEL[step.kind]),
    number: index + 1,
  });
  return (
    <form className="campaign-form campaign-form--inline" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{heading}</h4>
      <div className="campaign-form__row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('campaigns.steps.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as BillStepKind)}>
            {BILL_STEP_KINDS.map((k) => (
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
      <SaveError error={refused ?? status.error} />
      <button type="submit" className="button" disabled={status.busy || !date}>
        {t('campaigns.entry.saveChanges')}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('campaigns.cancel')}
      </button>
    </form>
  );
}
