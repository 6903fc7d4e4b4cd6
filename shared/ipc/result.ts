import { HarborError, type ErrorCode, type ErrorDetails } from '../errors';
import type { ErrorParamValue } from '../error-text/define-error-text';
import type { ErrorMessage, ErrorMessageKey } from '../error-text/error-catalog';

/** One code's error as data: its `details` are the ones that code carries (see ErrorDetailsByCode). */
export interface IpcErrorOf<C extends ErrorCode> {
  code: C;
  /** English words, for logs and the command line; the app shows `messageKey` in the person's language. */
  message: string;
  /** The message's key in the error catalog, so the renderer can say it in the person's language. */
  messageKey?: ErrorMessageKey;
  params?: Readonly<Record<string, ErrorParamValue>>;
  details?: ErrorDetails<C>;
}

/**
 * What every IPC call answers. Electron keeps only the message of an error thrown in the main
 * process, so errors travel as data with a stable code the renderer can act on; narrowing on
 * `code` gives that code's details, with no cast.
 */
export type IpcError = { [C in ErrorCode]: IpcErrorOf<C> }[ErrorCode];

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A failure worded from the catalog, exactly as the main process sends a HarborError. */
export const fail = <C extends ErrorCode>(code: C, text: ErrorMessage, details?: ErrorDetails<C>): Result<never> =>
  failWith(new HarborError(code, text, details));

/** A HarborError as data: its code, its English words, and its key and values for other languages. */
export function failWith(error: HarborError): Result<never> {
  const out: IpcErrorOf<ErrorCode> = { code: error.code, message: error.message, messageKey: error.messageKey };
  if (Object.keys(error.params).length > 0) out.params = { ...error.params };
  if (error.details !== undefined) out.details = error.details;
  return { ok: false, error: out as IpcError };
}
