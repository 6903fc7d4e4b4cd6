import type { IpcError, Result } from '../../../shared/ipc/result';

/** An IPC answer that was `{ ok: false }`, kept whole so the UI can word it by code. */
export class CallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'CallError';
  }
}

/** Awaits an IPC call and returns its value, or throws CallError with the main process's error. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

/** Any thrown thing as an IpcError (a rejected IPC call, say, becomes 'internal' with its message). */
export function asIpcError(error: unknown): IpcError {
  if (error instanceof CallError) return error.error;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
