import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutoLock } from '../../../electron/session/auto-lock';

describe('auto-lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks after the chosen minutes without activity', () => {
    const onIdle = vi.fn();
    const lock = createAutoLock({ minutes: () => 5, onIdle, now: () => Date.now() });
    lock.start();
    vi.advanceTimersByTime(4 * 60_000 + 50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('activity restarts the countdown', () => {
    const onIdle = vi.fn();
    const lock = createAutoLock({ minutes: () => 1, onIdle, now: () => Date.now() });
    lock.start();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(40_000);
      lock.activity();
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(65_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('follows a changed setting and stops when told', () => {
    let minutes = 10;
    const onIdle = vi.fn();
    const lock = createAutoLock({ minutes: () => minutes, onIdle, now: () => Date.now() });
    lock.start();
    vi.advanceTimersByTime(2 * 60_000);
    minutes = 1;
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledOnce();
    lock.start();
    lock.stop();
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });
});
