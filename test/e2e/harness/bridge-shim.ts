/**
 * Runs in the page before any app script, standing in for electron/preload.ts: the same buildApi,
 * with Playwright bindings as the transport instead of ipcRenderer.
 */
import { buildApi } from '../../../shared/ipc/api';
import type { ChannelName } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/events';
import type { Result } from '../../../shared/ipc/result';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  __harborInvoke(channel: ChannelName, request: unknown): Promise<Result<unknown>>;
  __harborEmit?: (event: EventName, payload: unknown) => void;
}

const w = window as unknown as HarnessWindow;
const listeners = new Map<EventName, Set<Listener>>();

w.__harborEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));

const api = buildApi(
  (channel, request) => w.__harborInvoke(channel, request),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
);

Object.defineProperty(window, 'harbor', { value: Object.freeze(api), writable: false, configurable: false });
