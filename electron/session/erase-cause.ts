import type { EraseCause } from '../../shared/ipc/contract-safety';

/** The wrong attempts counted since the last right one: all of them, and each kind. */
export interface WrongAttempts {
  failures: number;
  wrongPassphrases: number;
  wrongRecoveryKeys: number;
}

/**
 * What the wrong attempts that reached the erase limit were, for the screen shown afterwards.
 * Attempts counted by an older Harbor did not note their kind: then the cause is unknown
 * (undefined), because no cause is better than a wrong one.
 */
export function eraseCause({ failures, wrongPassphrases, wrongRecoveryKeys }: WrongAttempts): EraseCause | undefined {
  if (wrongPassphrases + wrongRecoveryKeys < failures) return undefined;
  if (wrongPassphrases > 0 && wrongRecoveryKeys > 0) return 'both';
  return wrongRecoveryKeys > 0 ? 'recovery-keys' : 'passphrases';
}
