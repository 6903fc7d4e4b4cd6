import { channelNames } from './channel-names';
import type { ChannelName, Contract, RequestOf, ResponseOf } from './contract';
import { eventNames, type EventName, type EventPayloads } from './events';
import type { Result } from './result';

type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string, A extends string> = C extends `${A}:${infer V}` ? V : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

type Call<C extends ChannelName> =
  undefined extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

type EventSubscriptions = {
  [E in EventName as `on${Capitalize<CamelCase<VerbOf<E, AreaOf<E>>>>}`]: (
    listener: (payload: EventPayloads[E]) => void,
  ) => () => void;
};

/**
 * `window.harbor`: one purpose-named function per channel, grouped by area
 * (`harbor.app.info()` for `app:info`), plus `harbor.events.onLocked(listener)` → unsubscribe.
 */
export type HarborApi = {
  [A in AreaOf<ChannelName>]: {
    [C in ChannelName as C extends `${A}:${string}` ? CamelCase<VerbOf<C, A>> : never]: Call<C>;
  };
} & { events: EventSubscriptions };

export type Invoke = (channel: ChannelName, request: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Builds the API object over a transport. The preload passes ipcRenderer-backed functions; the
 * E2E harness passes Playwright bindings. Same object either way, so the specs test the real shape.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): HarborApi {
  const api: Record<string, Record<string, unknown>> = { events: {} };
  for (const name of channelNames) {
    const [area, verb] = name.split(':') as [string, string];
    api[area] ??= {};
    api[area][camel(verb)] = (request?: unknown) => invoke(name, request);
  }
  for (const event of eventNames) {
    const verb = event.split(':')[1] as string;
    const key = `on${camel(verb).replace(/^./, (c) => c.toUpperCase())}`;
    api.events![key] = (listener: (payload: unknown) => void) => subscribe(event, listener);
  }
  return api as unknown as HarborApi;
}

export type { Contract };
