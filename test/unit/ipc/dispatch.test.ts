import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/create-handlers';
import type { HandlerTable } from '../../../electron/ipc/handler-table';
import { createMainServices } from '../../../electron/ipc/main-services';
import { createMemoryPreferences } from '../../../electron/prefs/memory-preferences';

function handlers(overrides: Partial<HandlerTable> = {}): HandlerTable {
  const ctx = {
    appInfo: { name: 'Harbor', version: '1.2.3', platform: 'linux' },
    vaultDir: '/nonexistent',
    prefs: createMemoryPreferences(),
    emit: () => undefined,
    reloadRenderer: () => undefined,
    chooseSavePath: () => Promise.resolve(null),
  };
  return { ...createHandlers(ctx, createMainServices(ctx)), ...overrides };
}

describe('dispatch', () => {
  it('answers a valid request with ok and the value', async () => {
    const dispatch = createDispatch(handlers());
    await expect(dispatch('app:info', undefined)).resolves.toEqual({
      ok: true,
      value: { name: 'Harbor', version: '1.2.3', platform: 'linux' },
    });
  });

  it('refuses a channel that is not in the contract', async () => {
    const dispatch = createDispatch(handlers());
    const result = await dispatch('fs:readFile', '/etc/passwd');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each([
    ['a wrong type', { theme: 7 }],
    ['an unknown key', { theme: 'dark', nodeIntegration: true }],
    ['an out-of-range number', { textScale: 50 }],
    ['a non-object', 'dark'],
  ])('refuses %s with a readable message', async (_label, payload) => {
    const dispatch = createDispatch(handlers());
    const result = await dispatch('prefs:set', payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^Harbor received a request it could not understand/);
  });

  it.each(['9999-99-99', '2099-13-45', '2025-02-30'])(
    'refuses a consent whose last day is %s before any handler runs',
    async (day) => {
      let reached = false;
      const dispatch = createDispatch(
        handlers({
          'consent:create': () => {
            reached = true;
            throw new HarborError('locked', 'vault.sessionLocked');
          },
        }),
      );
      const terms = {
        audience: { kind: 'advocacy-organization', name: 'Harbor Light' },
        purpose: 'a briefing',
        identity: { mode: 'anonymous' },
        redact: { categories: ['person'], keep: [] },
        formats: ['docx'],
        expiresOn: day,
      };
      const result = await dispatch('consent:create', { sourceIds: ['story-00000001'], terms });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(reached).toBe(false);
      const valid = await dispatch('consent:create', {
        sourceIds: ['story-00000001'],
        terms: { ...terms, expiresOn: '2099-12-31' },
      });
      expect(reached).toBe(true);
      expect(valid.ok).toBe(false);
    },
  );

  it.each([
    ['no texts', { id: 'story-00000001', texts: [] }],
    ['a text too long', { id: 'story-00000001', texts: ['x'.repeat(301)] }],
    ['an unknown key', { id: 'story-00000001', texts: ['x'], all: true }],
  ])('refuses clearing check candidates with %s', async (_label, payload) => {
    const dispatch = createDispatch(handlers());
    for (const channel of ['story:clear-candidates', 'testimony:clear-candidates']) {
      expect(await dispatch(channel, payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('passes a HarborError through with its code, English message and message key', async () => {
    const dispatch = createDispatch(
      handlers({
        'app:info': () => {
          throw new HarborError('locked', 'vault.sessionLocked');
        },
      }),
    );
    await expect(dispatch('app:info', undefined)).resolves.toEqual({
      ok: false,
      error: {
        code: 'locked',
        message: 'Harbor is locked. Unlock it with your passphrase to continue.',
        messageKey: 'vault.sessionLocked',
      },
    });
  });

  it('hides an unexpected error behind a calm message and logs no content', async () => {
    const lines: string[] = [];
    const dispatch = createDispatch(
      handlers({
        'app:info': () => {
          throw new Error('secret story text');
        },
      }),
      (line) => lines.push(line),
    );
    const result = await dispatch('app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(lines.join('\n')).not.toContain('secret');
    // What is logged is enough to find the failure: the channel and the kind of error, nothing more.
    expect(lines).toEqual(['harbor: app:info failed: Error']);
  });

  it('logs a thrown non-Error by its type only', async () => {
    const lines: string[] = [];
    const dispatch = createDispatch(
      handlers({
        'app:info': () => {
          throw 'secret story text';
        },
      }),
      (line) => lines.push(line),
    );
    expect(await dispatch('app:info', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines).toEqual(['harbor: app:info failed: string']);
  });

  it('stores only valid preferences', async () => {
    const dispatch = createDispatch(handlers());
    await dispatch('prefs:set', { theme: 'dark', language: 'es' });
    await expect(dispatch('prefs:get', undefined)).resolves.toMatchObject({
      ok: true,
      value: { theme: 'dark', language: 'es' },
    });
  });
});
