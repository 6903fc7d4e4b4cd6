import { describe, expect, it } from 'vitest';
import { createFocusLock } from '../../../electron/session/focus-lock';

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    },
  };
}

function setup(seconds: number | null) {
  const clock = fakeClock();
  let locks = 0;
  let setting = seconds;
  const lock = createFocusLock({
    seconds: () => setting,
    onTimeout: () => (locks += 1),
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
  });
  return { clock, lock, locks: () => locks, set: (s: number | null) => (setting = s) };
}

describe('lock when Harbor loses focus', () => {
  it('is off by default: losing focus for a long time does not lock', () => {
    const { clock, lock, locks } = setup(null);
    lock.blurred();
    clock.advance(3_600_000);
    expect(locks()).toBe(0);
  });

  it('locks once N seconds pass without focus', () => {
    const { clock, lock, locks } = setup(30);
    lock.blurred();
    clock.advance(29_000);
    expect(locks()).toBe(0);
    clock.advance(1_000);
    expect(locks()).toBe(1);
    clock.advance(60_000);
    expect(locks()).toBe(1);
  });

  it('coming back in time cancels it, and the count starts over on the next blur', () => {
    const { clock, lock, locks } = setup(30);
    lock.blurred();
    clock.advance(20_000);
    lock.focused();
    clock.advance(20_000);
    expect(locks()).toBe(0);
    lock.blurred();
    clock.advance(20_000);
    expect(locks()).toBe(0);
    clock.advance(10_000);
    expect(locks()).toBe(1);
  });

  it('uses the setting as it is when focus goes', () => {
    const { clock, lock, locks, set } = setup(null);
    set(10);
    lock.blurred();
    clock.advance(10_000);
    expect(locks()).toBe(1);
  });
});
