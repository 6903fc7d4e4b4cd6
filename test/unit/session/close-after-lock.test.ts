import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseAfterLock, type CloseAfterLockOptions } from '../../../electron/session/close-after-lock';

function setup(overrides: Partial<CloseAfterLockOptions> = {}) {
  const log: string[] = [];
  let unlocked = true;
  let finishLock: () => void = () => undefined;
  const guard = createCloseAfterLock({
    isUnlocked: () => unlocked,
    requestLock: () => {
      log.push('request-lock');
      return new Promise<void>((resolve) => {
        finishLock = () => {
          unlocked = false;
          log.push('locked');
          resolve();
        };
      });
    },
    destroyWindow: () => log.push('destroy'),
    quit: () => log.push('quit'),
    timeoutMs: 4_000,
    ...overrides,
  });
  const event = () => ({ preventDefault: vi.fn() });
  return { guard, log, event, lock: () => finishLock(), setUnlocked: (u: boolean) => (unlocked = u) };
}

describe('closing the window or quitting with the vault open', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the close until the renderer has saved and the vault is locked, then closes', async () => {
    const { guard, log, event, lock } = setup();
    const close = event();
    guard.onWindowClose(close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(log).toEqual(['request-lock']);
    // A second click on the close button while saving asks nothing new.
    const again = event();
    guard.onWindowClose(again);
    expect(again.preventDefault).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual(['request-lock']);
    lock();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['request-lock', 'locked', 'destroy']);
  });

  it('closes at once when the vault is locked', () => {
    const { guard, log, event, setUnlocked } = setup();
    setUnlocked(false);
    const close = event();
    guard.onWindowClose(close);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it('on quit, saves and locks first, then goes on quitting', async () => {
    const { guard, log, event, lock } = setup();
    const quit = event();
    guard.onBeforeQuit(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    // Quitting closes the window too; that close waits for the same lock.
    const close = event();
    guard.onWindowClose(close);
    expect(close.preventDefault).toHaveBeenCalled();
    lock();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['request-lock', 'locked', 'destroy', 'quit']);
    // The quit that follows is let through.
    const second = event();
    guard.onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('closes anyway after the timeout if the lock never finishes', async () => {
    const { guard, log, event } = setup();
    guard.onWindowClose(event());
    await vi.advanceTimersByTimeAsync(3_900);
    expect(log).toEqual(['request-lock']);
    await vi.advanceTimersByTimeAsync(200);
    expect(log).toEqual(['request-lock', 'destroy']);
  });

  it('closes when asking for the lock fails', async () => {
    const { guard, log, event } = setup({ requestLock: () => Promise.reject(new Error('renderer gone')) });
    guard.onWindowClose(event());
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['destroy']);
  });
});
