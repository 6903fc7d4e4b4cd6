/**
 * "Lock when Harbor loses focus for N seconds" (off unless chosen): someone who steps away by
 * switching to another program, or is pulled away from the keyboard, is covered even before the
 * idle timer runs out. Coming back within the time cancels it.
 */
export interface FocusLock {
  blurred(): void;
  focused(): void;
}

export interface FocusLockOptions {
  /** Seconds without focus before locking; null when the person has not turned this on. */
  seconds: () => number | null;
  onTimeout: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createFocusLock({
  seconds,
  onTimeout,
  setTimer = (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}: FocusLockOptions): FocusLock {
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) clearTimer(handle);
    handle = null;
  };
  return {
    blurred() {
      cancel();
      const s = seconds();
      if (s === null || s <= 0) return;
      handle = setTimer(() => {
        handle = null;
        onTimeout();
      }, s * 1_000);
    },
    focused: cancel,
  };
}
