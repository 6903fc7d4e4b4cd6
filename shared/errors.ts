/**
 * Errors that cross a boundary (IPC, command line) carry a stable code and a message a person can
 * read. The code drives behaviour (exit codes, which screen to show); the message is what we say.
 */
export const ERROR_CODES = [
  'invalid_input',
  'locked',
  'wrong_passphrase',
  'wrong_recovery_key',
  'integrity',
  'weak_kdf',
  'not_found',
  'exists',
  'in_use',
  'forbidden',
  'consent_refused',
  'unsupported',
  'io',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class HarborError extends Error {
  readonly code: ErrorCode;
  /** Optional structured detail, e.g. the ids of damaged items. Never plaintext story content. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'HarborError';
    this.code = code;
    this.details = details;
  }
}

export function isHarborError(e: unknown): e is HarborError {
  return e instanceof HarborError;
}
