import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../shared/ipc/result';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { PassphraseField } from '../../ui/passphrase/PassphraseField';
import { useAnnouncedError } from '../../ui/use-announced-error';
import { useErrorText } from '../../platform/use-error-text';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';

export interface ConfirmPassphraseFormProps {
  /** One sentence: what will happen. */
  explanation: string;
  submitLabel: string;
  busyLabel: string;
  /** Only for actions that take something away. */
  destructive?: boolean;
  /** Does the work; answers an error to show, or null when it went well. */
  onSubmit: (passphrase: string) => Promise<IpcError | null>;
  onCancel: () => void;
}

/** Asks for the passphrase before a sensitive change, so someone else at the keyboard cannot make it. */
export function ConfirmPassphraseForm(props: ConfirmPassphraseFormProps) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { error, show, clear } = useAnnouncedError();
  const inputRef = useRef<HTMLInputElement>(null);
  const explanationRef = useFocusOnMount<HTMLParagraphElement>();

  const retry = (text: string) => {
    show(text);
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!passphrase) return retry(t('passphrase.errors.empty'));
    clear();
    setBusy(true);
    const problem = await props.onSubmit(passphrase);
    setBusy(false);
    if (problem) retry(toText(problem));
    else setPassphrase('');
  };

  return (
    <form className="confirm-form" onSubmit={(e) => void submit(e)} noValidate>
      <p ref={explanationRef} tabIndex={-1}>
        {props.explanation}
      </p>
      <PassphraseField
        label={t('passphrase.currentLabel')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        readOnly={busy}
        error={error}
        inputRef={inputRef}
      />
      <div className="actions">
        <button type="submit" className={props.destructive ? 'button button--danger' : 'button'} disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <BusyIndicator busy={busy} label={props.busyLabel} />
    </form>
  );
}
