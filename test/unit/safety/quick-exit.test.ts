import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Preferences } from '../../../shared/preferences';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/create-handlers';
import type { MainContext } from '../../../electron/ipc/main-context';
import { createMainServices } from '../../../electron/ipc/main-services';
import { createMemoryPreferences } from '../../../electron/prefs/memory-preferences';
import { clipboardFingerprint } from '../../../electron/safety/clipboard-guard';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

/** The real handlers over a real vault, with the desktop (window, clipboard) stubbed and recorded. */
async function harness(prefs: Partial<Preferences> = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-quick-exit-'));
  dirs.push(dir);
  const calls: string[] = [];
  const clipboard = { text: '' };
  const ctx: MainContext = {
    appInfo: { name: 'Harbor', version: 'test', platform: process.platform },
    vaultDir: path.join(dir, 'vault'),
    prefs: createMemoryPreferences(prefs),
    emit: (event) => calls.push(event),
    reloadRenderer: () => calls.push('reload'),
    desktop: {
      minimize: () => calls.push('minimize'),
      close: () => calls.push('close'),
      clipboard: {
        readText: () => clipboard.text,
        clear: () => {
          calls.push('clipboard-cleared');
          clipboard.text = '';
        },
      },
      neutralChanged: (on) => calls.push(`neutral:${on}`),
    },
  };
  const services = createMainServices(ctx, { createOptions: { kdf: { memoryKiB: 19456, iterations: 2 } } });
  const call = createDispatch(createHandlers(ctx, services));
  const created = await call('vault:create', { passphrase: 'a long enough passphrase', recoveryKey: false });
  expect(created.ok).toBe(true);
  calls.length = 0;
  return { call, calls, clipboard };
}

describe('quick exit', () => {
  it('clears Harbor’s text from the clipboard, wipes the keys, reloads, then shows the neutral screen', async () => {
    const { call, calls, clipboard } = await harness();
    const story = await call('story:create', { title: 'What happened in Lyon' });
    expect(story.ok).toBe(true);
    await call('safety:copied', { sha256: clipboardFingerprint('the address on Rue Neuve') });
    clipboard.text = 'the address on Rue Neuve';

    expect(await call('safety:quick-exit', undefined)).toEqual({ ok: true, value: undefined });
    expect(clipboard.text).toBe('');
    expect(calls).toEqual(['clipboard-cleared', 'neutral:true', 'vault:locked', 'reload']);
    expect(await call('story:list', undefined)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await call('safety:status', undefined)).toMatchObject({ ok: true, value: { neutralScreen: true } });
    await call('safety:leave-neutral', undefined);
    expect(await call('safety:status', undefined)).toMatchObject({ ok: true, value: { neutralScreen: false } });
  });

  it.each([
    ['minimize', ['vault:locked', 'reload', 'minimize']],
    ['close', ['vault:locked', 'reload', 'close']],
  ] as const)('then does what was chosen: %s, only after the lock', async (action, expected) => {
    const { call, calls } = await harness({ quickExitAction: action });
    await call('safety:quick-exit', undefined);
    expect(calls).toEqual(expected);
    expect(await call('vault:status', undefined)).toMatchObject({ ok: true, value: { unlocked: false } });
  });

  it('still does the chosen action from the lock screen', async () => {
    const { call, calls } = await harness({ quickExitAction: 'minimize' });
    await call('vault:lock', undefined);
    calls.length = 0;
    await call('safety:quick-exit', undefined);
    expect(calls.at(-1)).toBe('minimize');
  });

  it('every lock clears Harbor’s text from the clipboard, not only quick exit', async () => {
    const { call, clipboard } = await harness();
    await call('safety:copied', { sha256: clipboardFingerprint('copied line') });
    clipboard.text = 'copied line';
    await call('vault:lock', undefined);
    expect(clipboard.text).toBe('');
  });
});

describe('erase-after setting through IPC', () => {
  it('needs the passphrase to turn on, not to turn off', async () => {
    const { call } = await harness();
    expect(await call('safety:set-erase-after', { limit: 10, passphrase: 'wrong one' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    expect(await call('safety:set-erase-after', { limit: 7, passphrase: 'a long enough passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call('safety:set-erase-after', { limit: 10, passphrase: 'a long enough passphrase' })).toMatchObject({
      ok: true,
      value: { eraseAfter: 10 },
    });
    expect(await call('safety:set-erase-after', { limit: null })).toMatchObject({
      ok: true,
      value: { eraseAfter: null },
    });
  });

  it('cannot be changed while locked', async () => {
    const { call } = await harness();
    await call('vault:lock', undefined);
    expect(await call('safety:set-erase-after', { limit: null })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });
});
