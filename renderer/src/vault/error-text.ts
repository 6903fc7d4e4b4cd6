import type { TFunction } from 'i18next';
import {
  ERROR_LANGUAGES,
  formatErrorMessage,
  isErrorMessageKey,
  type ErrorLanguage,
} from '../../../shared/error-text/error-catalog';
import type { IpcError } from '../../../shared/ipc/result';
// eslint-disable-next-line harbor/import-ladder -- goes with refusal-text.ts when refusals become {key, params} (issue 20)
import { refusalOf } from '../consent/refusal-text';

const isErrorLanguage = (language: string): language is ErrorLanguage =>
  (ERROR_LANGUAGES as readonly string[]).includes(language);

/**
 * The words to show for an error. The main process sends each error's key in the shared error
 * catalog, so the message is said in the person's language. An error without a known key (from an
 * older main process, or thrown in the renderer) keeps its English words, or in another language
 * is said by code, adding the original message when nothing more specific fits. A consent refusal
 * is said by its refusal code.
 */
export function errorText(t: TFunction, language: string, error: IpcError): string {
  const lang = isErrorLanguage(language) ? language : 'en';
  // A refusal's reasons are English sentences from the consent check; its code has our own words.
  const refusal = refusalOf(error);
  if (refusal && refusal.code !== 'unknown' && lang !== 'en') return t(`consent.refusal.${refusal.code}`);
  if (isErrorMessageKey(error.messageKey)) return formatErrorMessage(lang, error.messageKey, error.params);
  if (lang === 'en') return error.message;
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
