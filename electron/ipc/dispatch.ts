import { ZodError } from 'zod';
import { HarborError, isHarborError } from '../../shared/errors';
import { contract, isChannelName } from '../../shared/ipc/contract';
import { failWith, ok, type Result } from '../../shared/ipc/result';
import type { HandlerTable } from './handler-table';
import { readableZodError } from './readable-zod-error';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * Every IPC request passes here: unknown channel or malformed payload → a readable error, never a
 * throw, so nothing the renderer sends can crash the main process. Transport-agnostic: the Electron
 * shell and the E2E harness both call it.
 */
export function createDispatch(handlers: HandlerTable, log: (line: string) => void = console.error): Dispatch {
  return async (channel, payload) => {
    if (!isChannelName(channel)) {
      return failWith(new HarborError('invalid_input', 'request.unknown'));
    }
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) return failWith(readableZodError(parsed.error));
    try {
      const handler = handlers[channel] as (req: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (isHarborError(error)) return failWith(error);
      if (error instanceof ZodError) return failWith(readableZodError(error));
      // Only the channel and the error's type are logged: messages may quote user content.
      log(`harbor: ${channel} failed: ${error instanceof Error ? error.name : typeof error}`);
      return failWith(new HarborError('internal', 'request.internal'));
    }
  };
}
