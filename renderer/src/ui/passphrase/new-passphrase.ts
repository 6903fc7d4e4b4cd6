import { MIN_PASSPHRASE_LENGTH, passphraseLength } from '../../../../shared/passphrase-strength';

export type NewPassphraseProblem =
  { field: 'next'; problem: 'too-short'; length: number } | { field: 'confirm'; problem: 'mismatch' };

/**
 * What stops a new passphrase from being used: too short (the main process enforces the same
 * minimum), or the two copies differ. Strength is advice, never a blocker.
 */
export function checkNewPassphrase(next: string, confirm: string): NewPassphraseProblem | null {
  const length = passphraseLength(next);
  if (length < MIN_PASSPHRASE_LENGTH) return { field: 'next', problem: 'too-short', length };
  if (next.normalize('NFC') !== confirm.normalize('NFC')) return { field: 'confirm', problem: 'mismatch' };
  return null;
}
