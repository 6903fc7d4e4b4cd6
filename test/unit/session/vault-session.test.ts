import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { createVaultSession, type VaultBackend } from '../../../electron/session/vault-session';
import type { OpenVault } from '../../../electron/vault/types';

function fakeVault(passphrase: string) {
  return {
    hasRecoveryKey: false,
    closed: false,
    verifyPassphrase: async (p: string) => p === passphrase,
    close: vi.fn(async function (this: { closed: boolean }) {
      this.closed = true;
    }),
  } as unknown as OpenVault & { close: ReturnType<typeof vi.fn> };
}

function setup() {
  let exists = false;
  const vault = fakeVault('right passphrase');
  const backend: VaultBackend = {
    vaultExists: async () => exists,
    createVault: async () => {
      exists = true;
      return { vault, recoveryKey: 'ABCD-EFGH' };
    },
    openVault: async (_dir, p) => {
      if (p !== 'right passphrase') throw new HarborError('wrong_passphrase', 'vault.wrongPassphrase');
      return vault;
    },
    recoverVault: async () => ({ vault, recoveryKey: 'WXYZ-1234' }),
  };
  const events: string[] = [];
  const session = createVaultSession({
    dir: '/v',
    backend,
    autoLockMinutes: () => 5,
    requestRendererLock: (r) => events.push(`request:${r}`),
    afterLock: (r) => events.push(`locked:${r}`),
    flushGraceMs: 1_000,
  });
  return { session, vault, events };
}

describe('vault session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('walks first run → unlocked → locked → unlocked', async () => {
    const { session, vault, events } = setup();
    expect(await session.status()).toEqual({ exists: false, unlocked: false, hasRecoveryKey: null });
    expect(await session.create('right passphrase', true)).toEqual({ recoveryKey: 'ABCD-EFGH' });
    expect((await session.status()).unlocked).toBe(true);
    await session.lock();
    expect(vault.close).toHaveBeenCalledOnce();
    expect(events).toEqual(['locked:user']);
    expect(() => session.require()).toThrow(/locked/);
    await expect(session.unlock('wrong')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect((await session.unlock('right passphrase')).unlocked).toBe(true);
  });

  it('asks the renderer to save first, and locks anyway if it does not answer', async () => {
    const { session, vault, events } = setup();
    await session.create('right passphrase', false);
    session.requestLock('suspend');
    session.requestLock('idle');
    expect(events).toEqual(['request:suspend']);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(vault.close).toHaveBeenCalledOnce();
    expect(events).toEqual(['request:suspend', 'locked:suspend']);
  });

  it('tells whoever asked for the lock when it is done, whether the renderer or the grace timer locked', async () => {
    const { session, events } = setup();
    expect(session.isUnlocked()).toBe(false);
    await expect(session.requestLock('close')).resolves.toBeUndefined();
    expect(events).toEqual([]);

    await session.create('right passphrase', false);
    let done = false;
    const first = session.requestLock('close');
    void first.then(() => (done = true));
    // Asked twice (close button, then quit): one request, one lock, both told.
    const second = session.requestLock('close');
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    // The renderer saved and called vault:lock.
    await session.lock();
    await Promise.all([first, second]);
    expect(done).toBe(true);
    expect(session.isUnlocked()).toBe(false);
    expect(events).toEqual(['request:close', 'locked:close']);

    await session.unlock('right passphrase');
    const silent = session.requestLock('close');
    await vi.advanceTimersByTimeAsync(1_100);
    await expect(silent).resolves.toBeUndefined();
    expect(events.slice(2)).toEqual(['request:close', 'locked:close']);
  });

  it('locks on idle through the auto-lock timer', async () => {
    const { session, events } = setup();
    await session.create('right passphrase', false);
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 6_000);
    expect(events[0]).toBe('request:idle');
  });

  it('refuses sensitive changes without the current passphrase', async () => {
    const { session } = setup();
    await session.create('right passphrase', false);
    await expect(session.confirmPassphrase('nope')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    await expect(session.confirmPassphrase('right passphrase')).resolves.toBeUndefined();
  });
});
