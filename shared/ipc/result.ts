import type { ErrorCode } from '../errors';

/**
 * What every IPC call answers. Electron keeps only the message of an error thrown in the main
 * process, so errors travel as data with a stable code the renderer can act on.
 */
export interface IpcError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
