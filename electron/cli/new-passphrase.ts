import { HarborError } from '../../shared/errors';
import { assessPassphrase, MIN_PASSPHRASE_LENGTH, STRENGTH_TEXT_EN } from '../../shared/passphrase-strength';
import type { CliIo } from './cli-io';

/**
 * The same rule as the app: at least 10 characters. A passphrase that is easy to guess is allowed
 * (it is the person's choice) but gets the same advice the app shows.
 */
export async function checkNewPassphrase(passphrase: string, io: CliIo): Promise<void> {
  const strength = await assessPassphrase(passphrase);
  if (!strength.meetsMinimum) {
    throw new HarborError('invalid_input', { key: 'cli.passphraseTooShort', params: { min: MIN_PASSPHRASE_LENGTH } });
  }
  if (strength.score <= 1) {
    const advice = strength.suggestion ? ` ${STRENGTH_TEXT_EN[strength.suggestion]}` : '';
    io.err(`Note: this passphrase is ${STRENGTH_TEXT_EN[strength.label].toLowerCase()}.${advice}`);
  }
}
