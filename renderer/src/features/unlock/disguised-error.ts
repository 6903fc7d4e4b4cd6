import type { ErrorMessageKey } from '../../../../shared/error-text/error-catalog';
import type { IpcError } from '../../../../shared/ipc/result';

/**
 * The catalog words an error for a person who knows the app is Harbor: it speaks of "this vault"
 * and of "Harbor". Disguised, the lock and recovery screens (and first run, once the disguise is
 * chosen) say none of that, so each error the main process can answer them with has its own words here, about "your notes", with the same
 * advice. Anything not listed (an error added later included) gets the general words, never the
 * catalog's.
 */
export const DISGUISED_ERROR_TEXT = {
  'vault.wrongPassphrase': 'unlock.wrongNotes',
  'vault.wrongRecoveryKey': 'recover.wrongKeyNotes',
  'vault.noRecoveryKey': 'recover.noKeyNotes',
  'vault.malformedRecoveryKey': 'unlock.disguisedErrors.malformedKey',
  'vault.weakKdf': 'unlock.disguisedErrors.tampered',
  'vault.kdfTooCostly': 'unlock.disguisedErrors.tampered',
  'vault.headerDamaged': 'unlock.disguisedErrors.damaged',
  'vault.newerFormat': 'unlock.disguisedErrors.newer',
  'vault.inUse': 'unlock.disguisedErrors.inUse',
  'vault.lockLost': 'unlock.disguisedErrors.inUse',
  'vault.noVault': 'unlock.disguisedErrors.missing',
  'vault.alreadyOpen': 'unlock.disguisedErrors.alreadyOpen',
  'vault.yoursAlreadyOpen': 'unlock.disguisedErrors.alreadyOpen',
  'vault.diskFull': 'unlock.disguisedErrors.diskFull',
  'vault.notAllowed': 'unlock.disguisedErrors.notAllowed',
  'vault.io': 'unlock.disguisedErrors.io',
  'vault.passphraseMissing': 'passphrase.errors.empty',
  'request.enterPassphrase': 'passphrase.errors.empty',
  'vault.passphraseTooLong': 'unlock.disguisedErrors.tooLong',
  'request.notUnderstood': 'unlock.disguisedErrors.notUnderstood',
  'request.notUnderstoodAt': 'unlock.disguisedErrors.notUnderstood',
  general: 'unlock.disguisedErrors.general',
} as const satisfies Partial<Record<ErrorMessageKey | 'general', string>>;

type Disguised = keyof typeof DISGUISED_ERROR_TEXT;

/** Which of DISGUISED_ERROR_TEXT's words an error on the lock or recovery screen is said with. */
export function disguisedErrorOf(error: IpcError): Disguised {
  const key = error.messageKey;
  return key !== undefined && Object.hasOwn(DISGUISED_ERROR_TEXT, key) ? (key as Disguised) : 'general';
}
