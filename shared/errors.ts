import type { ErrorParamValue } from './error-text/define-error-text';
import { formatErrorMessage, type ErrorMessage, type ErrorMessageKey } from './error-text/error-catalog';

/**
 * Errors that cross a boundary (IPC, command line) carry a stable code and a message a person can
 * read. The code drives behaviour (exit codes, which screen to show); the message key says what
 * happened in words the renderer can give in the person's language (`message` is the English,
 * for the command line).
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
  readonly messageKey: ErrorMessageKey;
  /** Values for the message's placeholders: numbers, ids, file names. Never story text. */
  readonly params: Readonly<Record<string, ErrorParamValue>>;
  /** Optional structured detail, e.g. the ids of damaged items. Never plaintext story content. */
  readonly details?: unknown;

  constructor(code: ErrorCode, text: ErrorMessage, details?: unknown) {
    const key = typeof text === 'string' ? text : text.key;
    const params = typeof text === 'object' && 'params' in text ? (text.params as Record<string, ErrorParamValue>) : {};
    super(formatErrorMessage('en', key, params));
    this.name = 'HarborError';
    this.code = code;
    this.messageKey = key;
    this.params = params;
    this.details = details;
  }
}

export function isHarborError(e: unknown): e is HarborError {
  return e instanceof HarborError;
}
