import type { z } from 'zod';

/**
 * A channel pairs a request schema (checked in the main process) with the response type (checked
 * by the compiler on both sides). The response value only carries a type; it is never used at runtime.
 */
export interface Channel<Req extends z.ZodType, Res> {
  request: Req;
  response: Res;
}

export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({
    request,
    response: undefined as unknown as Res,
  });
}
