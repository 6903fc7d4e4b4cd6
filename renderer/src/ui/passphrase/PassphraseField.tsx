import { useId, useState, type ChangeEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnouncedError } from '../use-announced-error';
import { useSecretValue } from './use-secret-value';
import { FieldError } from '../FieldError';

export interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
  error?: AnnouncedError | null;
  /** Ids of other elements that describe this field (a strength meter, say). */
  describedBy?: string[];
  autoFocus?: boolean;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

/**
 * A passphrase input with a show/hide toggle. Hidden by default: the screen may be watched. The
 * value never appears as an HTML attribute (see useSecretValue).
 */
export function PassphraseField(props: PassphraseFieldProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = props.id ?? ownId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [shown, setShown] = useState(false);
  const ref = useSecretValue(props.value, props.inputRef);
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null, ...(props.describedBy ?? [])]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      <div className="passphrase-input">
        <input
          id={id}
          ref={ref}
          type={shown ? 'text' : 'password'}
          onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(e.target.value)}
          autoComplete={props.autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          autoFocus={props.autoFocus}
          readOnly={props.readOnly}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        <button
          type="button"
          className="button button--quiet button--small"
          aria-controls={id}
          aria-label={shown ? t('passphrase.hideLabel') : t('passphrase.showLabel')}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? t('passphrase.hide') : t('passphrase.show')}
        </button>
      </div>
      <FieldError id={errorId} error={props.error ?? null} />
    </div>
  );
}
