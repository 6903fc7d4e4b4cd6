import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/passphrase-strength';
import { checkNewPassphrase } from './new-passphrase';
import { useAnnouncedError } from '../use-announced-error';

/**
 * The state behind NewPassphraseFields: both values, their errors, and `validate()` which shows
 * the first problem, moves focus to that field, and returns the passphrase when it can be used.
 */
export function useNewPassphrase(initial = '') {
  const { t } = useTranslation();
  const [next, setNext] = useState(initial);
  const [confirm, setConfirm] = useState(initial);
  const nextError = useAnnouncedError();
  const confirmError = useAnnouncedError();
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const validate = (): string | null => {
    nextError.clear();
    confirmError.clear();
    const problem = checkNewPassphrase(next, confirm);
    if (!problem) return next;
    if (problem.field === 'next') {
      nextError.show(t('passphrase.errors.tooShort', { min: MIN_PASSPHRASE_LENGTH, count: problem.length }));
      nextRef.current?.focus();
    } else {
      confirmError.show(t('passphrase.errors.mismatch'));
      confirmRef.current?.focus();
    }
    return null;
  };

  const reset = () => {
    setNext('');
    setConfirm('');
    nextError.clear();
    confirmError.clear();
  };

  return {
    fields: {
      next,
      confirm,
      onNextChange: setNext,
      onConfirmChange: setConfirm,
      nextError: nextError.error,
      confirmError: confirmError.error,
      nextRef,
      confirmRef,
    },
    validate,
    reset,
  };
}
