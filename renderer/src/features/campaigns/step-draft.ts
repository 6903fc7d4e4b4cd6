import type { Amendment, BillStep, BillStepKind, Chamber } from '../../../../shared/campaign/campaign-data';
import { newEntryId } from './entry-id';

export type Adopted = 'pending' | 'adopted' | 'rejected';

/** An amendment as its fields hold it; it keeps its id, so an outcome that names it still does. */
export interface AmendmentDraft {
  id: string;
  label: string;
  summary: string;
  adopted: Adopted;
}

/** A bill step as the step fields hold it while it is typed: the same for a new step and a corrected one. */
export interface StepDraft {
  kind: BillStepKind;
  date: string;
  chamber: Chamber | '';
  note: string;
  amendments: AmendmentDraft[];
}

const adoptedOf = (a: boolean | null): Adopted => (a === null ? 'pending' : a ? 'adopted' : 'rejected');

export function blankAmendment(): AmendmentDraft {
  return { id: newEntryId(), label: '', summary: '', adopted: 'pending' };
}

/** A new step's fields: one empty amendment row, as the form has always offered. */
export function blankStep(kind: BillStepKind, date: string): StepDraft {
  return { kind, date, chamber: '', note: '', amendments: [blankAmendment()] };
}

/** A recorded step's fields, with an empty amendment row when it has none. */
export function draftOf(step: BillStep): StepDraft {
  const amendments = step.amendments.map((a) => ({ ...a, adopted: adoptedOf(a.adopted) }));
  return {
    kind: step.kind,
    date: step.date,
    chamber: step.chamber ?? '',
    note: step.note,
    amendments: amendments.length > 0 ? amendments : [blankAmendment()],
  };
}

/** The amendments to keep: an emptied label takes its amendment off (and its summary with it). */
export function amendmentsOf(draft: StepDraft): Amendment[] {
  return draft.amendments
    .filter((a) => a.label.trim() !== '')
    .map((a) => ({
      id: a.id,
      label: a.label.trim(),
      summary: a.summary.trim(),
      adopted: a.adopted === 'pending' ? null : a.adopted === 'adopted',
    }));
}

/** The step the fields describe, under `id`. */
export function stepOf(id: string, draft: StepDraft): BillStep {
  return {
    id,
    kind: draft.kind,
    date: draft.date,
    chamber: draft.chamber || null,
    note: draft.note,
    amendments: amendmentsOf(draft),
  };
}
