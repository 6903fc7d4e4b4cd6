import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../shared/ipc/result';
import { SaveError } from './SaveError';
import { useSaveStatus } from './use-save-status';

/*
 * A campaign's list of entries (partners, outcomes) that can be added, changed and removed on its
 * page: one form below the list adds a new entry or, after "Edit", changes that one; "Remove"
 * saves the list without it. What differs per list is the entry's fields and how a row reads.
 */

/** The form's state for a list of entries with ids: the draft, the entry being changed (null adds), and the saves. */
export function useEntryEditor<E extends { id: string }, D>({
  entries,
  empty,
  draftOf,
  saveAll,
}: {
  entries: readonly E[];
  /** The blank form (a new entry). */
  empty: () => D;
  /** The form filled from an entry, to change it. */
  draftOf: (entry: E) => D;
  /** Saves the whole list; a refusal comes back as the vault's error. */
  saveAll: (entries: E[]) => Promise<IpcError | null>;
}) {
  const status = useSaveStatus();
  const [draft, setDraft] = useState<D>(empty);
  const [editing, setEditing] = useState<E | null>(null);
  const stopEditing = () => {
    setEditing(null);
    setDraft(empty());
  };
  return {
    status,
    draft,
    setDraft,
    editing,
    edit: (entry: E) => {
      setEditing(entry);
      setDraft(draftOf(entry));
    },
    stopEditing,
    remove: (entry: E) => {
      if (editing?.id === entry.id) stopEditing();
      void status.run(() => saveAll(entries.filter((e) => e.id !== entry.id)));
    },
    /** Saves the list with `entry` in place of the one being changed, or added at the end; the form empties when saved. */
    async commit(entry: E): Promise<void> {
      const next = editing ? entries.map((e) => (e.id === editing.id ? entry : e)) : [...entries, entry];
      if (await status.run(() => saveAll(next))) stopEditing();
    },
  };
}

/** A row's "Edit" and "Remove", each named for its entry. */
export function EntryButtons({
  editLabel,
  removeLabel,
  busy,
  onEdit,
  onRemove,
}: {
  editLabel: string;
  removeLabel: string;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--small button--quiet" aria-label={editLabel} onClick={onEdit}>
        {t('campaigns.entry.edit')}
      </button>{' '}
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={removeLabel}
        disabled={busy}
        onClick={onRemove}
      >
        {t('campaigns.entry.remove')}
      </button>
    </>
  );
}

/** The form under the list: its heading, the fields, the save's refusal, and Add (or Save changes and Cancel). */
export function EntryForm({
  id,
  title,
  addLabel,
  editing,
  status,
  canSave,
  onSave,
  onCancel,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  editing: boolean;
  status: { busy: boolean; error: string | null };
  canSave: boolean;
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <form className="campaign-form campaign-form--inline" onSubmit={submit} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
      <SaveError error={status.error} />
      <button type="submit" className="button" disabled={status.busy || !canSave}>
        {editing ? t('campaigns.entry.saveChanges') : addLabel}
      </button>
      {editing && (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('campaigns.cancel')}
        </button>
      )}
    </form>
  );
}
