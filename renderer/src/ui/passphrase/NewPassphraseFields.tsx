import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/passphrase-strength';
import type { AnnouncedError } from '../use-announced-error';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphraseFieldsProps {
  next: string;
  confirm: string;
  onNextChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  nextError?: AnnouncedError | null;
  confirmError?: AnnouncedError | null;
  nextRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
  /** The plain warning about forgetting it (first run and recovery). */
  showForgetWarning?: boolean;
  /** The disguise is on: the warning speaks of notes, never of Harbor. */
  disguised?: boolean;
  autoFocus?: boolean;
  readOnly?: boolean;
}

/** Choosing a passphrase: the new one with its strength, the same again, and what forgetting it means. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const meterId = useId();
  const warningId = useId();
  return (
    <div className="new-passphrase">
      <PassphraseField
        label={t('passphrase.newLabel')}
        hint={t('passphrase.newHint', { min: MIN_PASSPHRASE_LENGTH })}
        value={props.next}
        onChange={props.onNextChange}
        autoComplete="new-password"
        error={props.nextError ?? null}
        describedBy={[meterId, ...(props.showForgetWarning ? [warningId] : [])]}
        inputRef={props.nextRef}
        autoFocus={props.autoFocus}
        readOnly={props.readOnly}
      />
      <StrengthMeter id={meterId} passphrase={props.next} />
      <PassphraseField
        label={t('passphrase.confirmLabel')}
        value={props.confirm}
        onChange={props.onConfirmChange}
        autoComplete="new-password"
        error={props.confirmError ?? null}
        inputRef={props.confirmRef}
        readOnly={props.readOnly}
      />
      {props.showForgetWarning && (
        <p id={warningId} className="notice">
          {props.disguised ? t('passphrase.forgetWarningNotes') : t('passphrase.forgetWarning')}
        </p>
      )}
    </div>
  );
}
