import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../shared/campaign/campaign-data';
import { nextSteps } from '../../../../shared/campaign/status-history';
import type { IpcError } from '../../../../shared/ipc/result';
import { todayIso } from '../../ui/today';
import { newEntryId } from './entry-id';
import { SaveError } from './SaveError';
import { blankStep, stepOf } from './step-draft';
import { StepFields } from './StepFields';
import { useSaveStatus } from './use-save-status';

/** Adds the next dated step to a bill's history, offering only the steps that may follow the last one. */
export function AddStepForm({ bill, onSave }: { bill: Bill; onSave: (bill: Bill) => Promise<IpcError | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const allowed = nextSteps(bill.steps);
  const [draft, setDraft] = useState(() => blankStep(allowed[0] ?? 'other', todayIso()));
  if (allowed.length === 0) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The history may have moved on since the kind was chosen: offer what may follow now.
    const kind = allowed.includes(draft.kind) ? draft.kind : allowed[0]!;
    const step = stepOf(newEntryId(), { ...draft, kind });
    if (await status.run(() => onSave({ ...bill, steps: [...bill.steps, step] })))
      setDraft({ ...blankStep(draft.kind, draft.date), chamber: draft.chamber });
  };

  return (
    <form className="campaign-form campaign-form--inline" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('campaigns.steps.add', { bill: bill.number })}</h4>
      <StepFields value={draft} kinds={allowed} onChange={setDraft} />
      <SaveError error={status.error} />
      <button type="submit" className="button" disabled={status.busy || !draft.date}>
        {t('campaigns.steps.addButton')}
      </button>
    </form>
  );
}
