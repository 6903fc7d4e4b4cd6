import { beforeAll, describe, expect, it } from 'vitest';
import * as electron from 'electron';
import { channelNames } from '../../shared/ipc/channel-names';

const stub = electron as unknown as typeof import('../stubs/electron');

beforeAll(async () => {
  await import('../../electron/preload');
});

describe('preload', () => {
  it('exposes exactly one object, window.harbor, and never ipcRenderer', () => {
    expect([...stub.recorded.exposed.keys()]).toEqual(['harbor']);
    const api = stub.recorded.exposed.get('harbor') as Record<string, Record<string, unknown>>;
    const flat = JSON.stringify(Object.keys(api)) + JSON.stringify(Object.values(api).map((v) => Object.keys(v)));
    expect(flat).not.toMatch(/send|invoke|ipcRenderer|on"\]/);
    for (const area of Object.values(api)) {
      for (const fn of Object.values(area)) expect(typeof fn).toBe('function');
    }
  });

  it('maps every contract channel to one purpose-named function', async () => {
    const api = stub.recorded.exposed.get('harbor') as any;
    await api.app.info();
    await api.prefs.set({ theme: 'dark' });
    expect(stub.recorded.invoked).toEqual([
      ['app:info', undefined],
      ['prefs:set', { theme: 'dark' }],
    ]);
    const count = Object.entries(api)
      .filter(([k]) => k !== 'events')
      .reduce((n, [, area]) => n + Object.keys(area as object).length, 0);
    expect(count).toBe(channelNames.length);
  });

  it('hands listeners the payload only, and unsubscribes', () => {
    const api = stub.recorded.exposed.get('harbor') as any;
    const seen: unknown[] = [];
    const off = api.events.onLocked((p: unknown) => seen.push(p));
    const [listener] = [...stub.recorded.rendererListeners.get('vault:locked')!];
    listener!({ sender: 'secret' }, { reason: 'idle' });
    expect(seen).toEqual([{ reason: 'idle' }]);
    off();
    expect(stub.recorded.rendererListeners.get('vault:locked')!.size).toBe(0);
  });
});
