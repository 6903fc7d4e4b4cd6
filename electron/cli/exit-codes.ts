import type { ErrorCode } from '../../shared/errors';

/**
 * The exit codes are a contract with scripts that call `harbor`: they are documented in the help
 * text and must never change meaning.
 */
export const EXIT = Object.freeze({
  ok: 0,
  usage: 1,
  wrongSecret: 2,
  integrity: 3,
  failed: 4,
  /** Reserved for consent refusals (export and share commands). */
  consentRefused: 5,
});

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'wrong_passphrase':
    case 'wrong_recovery_key':
      return EXIT.wrongSecret;
    case 'integrity':
    case 'weak_kdf': // a header whose key-derivation settings were lowered is a tampered vault
      return EXIT.integrity;
    case 'consent_refused':
      return EXIT.consentRefused;
    default:
      return EXIT.failed;
  }
}
