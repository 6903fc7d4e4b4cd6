import { buildApi, type HarborApi } from '../../shared/ipc/api';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { EventName, EventPayloads } from '../../shared/ipc/events';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { defaultPreferences, type Preferences } from '../../shared/preferences';

type Handler<C extends ChannelName> = (request: RequestOf<C>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;
export type Handlers = { [C in ChannelName]?: Handler<C> };

export interface HarborStub {
  api: HarborApi;
  calls: { channel: ChannelName; request: unknown }[];
  callsTo(channel: ChannelName): unknown[];
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** How many listeners the app has for an event (effects subscribe after the first paint). */
  listenerCount(event: EventName): number;
  prefs: Preferences;
}

/**
 * Installs a window.harbor built by the real buildApi over handlers written for the test, so the
 * components see exactly the shape the preload gives them. Channels a test does not answer fail
 * with 'unsupported' (and are recorded), which keeps a forgotten stub visible.
 */
export function installHarbor(handlers: Handlers = {}, prefs: Partial<Preferences> = {}): HarborStub {
  const calls: HarborStub['calls'] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const stub = { prefs: { ...defaultPreferences, ...prefs } } as HarborStub;

  const defaults: Handlers = {
    'app:info': () => ok({ name: 'Harbor', version: '9.9.9', platform: 'test' }),
    'prefs:get': () => ok(stub.prefs),
    'prefs:set': (patch) => {
      stub.prefs = { ...stub.prefs, ...patch };
      return ok(stub.prefs);
    },
    'vault:activity': () => ok(undefined),
    'story:list': () => ok([]),
    'safety:status': () => ok({ neutralScreen: false, attempts: { failures: 0, retryInMs: 0, eraseAfter: null } }),
    'safety:copied': () => ok(undefined),
    // Consent channels answer as an empty vault would: no name, no grants, no exports yet.
    'profile:get': () => ok({ fullName: '' }),
    'consent:list': () => ok([]),
    'history:list': () => ok([]),
  };
  const all = { ...defaults, ...handlers } as Record<ChannelName, ((r: unknown) => unknown) | undefined>;

  stub.api = buildApi(
    async (channel, request) => {
      calls.push({ channel, request });
      const handler = all[channel];
      if (!handler) return fail('unsupported', 'request.unknown');
      return (await handler(request)) as Result<unknown>;
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  stub.calls = calls;
  stub.callsTo = (channel) => calls.filter((c) => c.channel === channel).map((c) => c.request);
  stub.emit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  stub.listenerCount = (event) => listeners.get(event)?.size ?? 0;
  Object.defineProperty(window, 'harbor', { value: stub.api, configurable: true, writable: true });
  return stub;
}

/** A promise the test settles when it wants (to look at the screen while a call is in flight). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export const locked = { exists: true, unlocked: false, hasRecoveryKey: null };
export const unlocked = (hasRecoveryKey = false) => ({ exists: true, unlocked: true, hasRecoveryKey });
export const noVault = { exists: false, unlocked: false, hasRecoveryKey: null };
