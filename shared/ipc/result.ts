import type { ErrorCode, HarborError } from '../errors';
import type { ErrorParamValue } from '../error-text/define-error-text';

/**
 * What every IPC call answers. Electron keeps only the message of an error thrown in the main
 * process, so errors travel as data with a stable code the renderer can act on.
 */
export interface IpcError {
  code: ErrorCode;
  /** English words, for logs and as the last resort when a message has no key. */
  message: string;
  /** The message's key in the error catalog, so the renderer can say it in the person's language. */
  messageKey?: string;
  params?: Readonly<Record<string, ErrorParamValue>>;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** A HarborError as data: its code, its English words, and its key and values for other languages. */
export function failWith(error: HarborError): Result<never> {
  const out: IpcError = { code: error.code, message: error.message, messageKey: error.messageKey };
  if (Object.keys(error.params).length > 0) out.params = { ...error.params };
  if (error.details !== undefined) out.details = error.details;
  return { ok: false, error: out };
}
