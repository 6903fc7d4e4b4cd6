import type { TFunction } from 'i18next';
import type { IpcError } from '../../../shared/ipc/result';

/**
 * The words to show for an error. The main process already words every error for a person (in
 * English), so English shows its message as is. Other languages say the common errors in their own
 * words by code, and otherwise say that nothing was lost and add the original message.
 */
export function errorText(t: TFunction, language: string, error: IpcError): string {
  if (language === 'en') return error.message;
  switch (error.code) {
    case 'wrong_passphrase':
      return t('errors.wrongPassphrase');
    case 'wrong_recovery_key':
      return t('errors.wrongRecoveryKey');
    case 'locked':
      return t('errors.locked');
    case 'in_use':
      return t('errors.inUse');
    case 'io':
      return t('errors.io');
    default:
      return t('errors.generic', { detail: error.message });
  }
}
