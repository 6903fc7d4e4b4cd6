import type { Readable, Writable } from 'node:stream';

/** One message Chromium sent on its own (an event), for the session it names. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

export interface CdpConnection {
  /** One DevTools Protocol command; rejects with Chromium's error, or when the pipe closes first. */
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Every event, as it comes (request interception answers these). */
  onEvent(listener: (event: CdpEvent) => void): void;
  /** Resolves when Chromium's end of the pipe is closed (it exited, or crashed). */
  readonly closed: Promise<void>;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * The DevTools Protocol over Chromium's --remote-debugging-pipe (its fds 3 and 4): JSON messages,
 * each ended by a NUL byte. A pipe, not a port: nothing else on the computer can connect to it.
 */
export function cdpOverPipe(toChromium: Writable, fromChromium: Readable): CdpConnection {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void; method: string }>();
  const listeners: ((event: CdpEvent) => void)[] = [];
  let gone: Error | null = null;
  let pending: Buffer[] = [];

  const dispatch = (text: string) => {
    const message = JSON.parse(text) as Reply & Partial<CdpEvent>;
    if (typeof message.id === 'number') {
      const call = waiting.get(message.id);
      if (!call) return;
      waiting.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result as never);
      return;
    }
    if (typeof message.method === 'string') {
      const event: CdpEvent = { method: message.method, params: message.params ?? {}, sessionId: message.sessionId };
      for (const listener of listeners) listener(event);
    }
  };

  fromChromium.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      pending.push(chunk.subarray(start, end));
      const text = Buffer.concat(pending).toString('utf8');
      pending = [];
      start = end + 1;
      dispatch(text);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });

  const closed = new Promise<void>((resolve) => {
    const end = () => {
      gone ??= new Error('Chromium closed its DevTools pipe');
      for (const call of waiting.values()) call.reject(gone);
      waiting.clear();
      resolve();
    };
    fromChromium.once('close', end);
    fromChromium.once('end', end);
    fromChromium.once('error', end);
  });
  // A write after Chromium is gone fails the command (below), not the process.
  toChromium.on('error', () => undefined);

  return {
    send<T>(method: string, params: object = {}, sessionId?: string) {
      if (gone) return Promise.reject(gone);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: never) => void, reject, method });
        toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    closed,
  };
}
