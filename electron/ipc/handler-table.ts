import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';

/** One handler per channel; the compiler refuses a table that misses or mistypes one. */
export type HandlerTable = {
  [C in ChannelName]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};
