import type { Refusal } from './consent/check-grant';
import type { ErrorParamValue } from './error-text/define-error-text';
import type { EraseCause } from './ipc/contract-safety';
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

/**
 * The structured detail each code may carry, so whoever handles an error reads it by its code and
 * never guesses where it was put. Codes not listed carry none. Never plaintext story content.
 */
export interface ErrorDetailsByCode {
  /** Every reason the export or share was refused; the first is what the person is told. */
  consent_refused: { refusals: Refusal[] };
  /**
   * `erased`: that attempt reached the limit the person set, and the vault was erased. `erasedBy`:
   * what the wrong attempts were (absent when some were counted by a Harbor that did not note it).
   */
  wrong_passphrase: { erased?: boolean; erasedBy?: EraseCause };
  /** The same for a wrong recovery key: the erase limit counts both. */
  wrong_recovery_key: { erased?: boolean; erasedBy?: EraseCause };
  /** The system's error code (ENOSPC…), for logs only. */
  io: { cause: string };
  /** What is damaged: items (and a revision), or the header file. `problem` is for logs only. */
  integrity: { itemIds?: string[]; revision?: number; file?: string; problem?: string };
}

export type ErrorDetails<C extends ErrorCode> = C extends keyof ErrorDetailsByCode ? ErrorDetailsByCode[C] : never;

export class HarborError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly messageKey: ErrorMessageKey;
  /** Values for the message's placeholders: numbers, ids, file names. Never story text. */
  readonly params: Readonly<Record<string, ErrorParamValue>>;
  /** Optional structured detail, typed by the code (ErrorDetailsByCode). */
  readonly details?: ErrorDetails<C>;

  constructor(code: C, text: ErrorMessage, details?: ErrorDetails<C>) {
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
