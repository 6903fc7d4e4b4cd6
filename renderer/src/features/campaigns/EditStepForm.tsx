import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BILL_STEP_KINDS, type Bill } from '../../../../shared/campaign/campaign-data';
import type { IpcError } from '../../../../shared/ipc/result';
import { STEP_LABEL } from './labels';
import { SaveError } from './SaveError';
import { draftOf, stepOf } from './step-draft';
import { StepFields } from './StepFields';
import { stepRefusal } from '../../../../shared/campaign/step-refusal';
import { useSaveStatus } from './use-save-status';
import { useStepRefusalText } from './use-step-refusal-text';

/**
 * Corrects one step of a bill's history, wherever it is: its kind, date, chamber, note, and its
 * amendments. An amendment keeps its id, so an outcome that names it as adopted still does;
 * emptying its label takes it off. A change that would break the history's rules (dates in order,
 * which step may follow which) is refused here, in words, before the vault is asked; the vault
 * checks the same rules again.
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
  const [draft, setDraft] = useState(() => draftOf(step));
  const [refused, setRefused] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const steps = bill.steps.map((s, i) => (i === index ? stepOf(step.id, draft) : s));
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
      <StepFields value={draft} kinds={BILL_STEP_KINDS} onChange={setDraft} />
      <SaveError error={refused ?? status.error} />
      <button type="submit" className="button" disabled={status.busy || !draft.date}>
        {t('campaigns.entry.saveChanges')}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('campaigns.cancel')}
      </button>
    </form>
  );
}
