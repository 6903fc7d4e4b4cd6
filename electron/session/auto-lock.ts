/**
 * Locks after a stretch without activity in Harbor. Activity is reported by the renderer (throttled)
 * rather than read from the OS, so a survivor typing in another program does not keep Harbor open.
 */
export interface AutoLock {
  /** Something happened in Harbor: restart the countdown. */
  activity(): void;
  /** Begin counting (on unlock). */
  start(): void;
  /** Stop counting (on lock). */
  stop(): void;
}

export interface AutoLockOptions {
  minutes: () => number;
  onIdle: () => void;
  now?: () => number;
}

const CHECK_EVERY_MS = 5_000;

export function createAutoLock({ minutes, onIdle, now = Date.now }: AutoLockOptions): AutoLock {
  let last = now();
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    activity: () => {
      last = now();
    },
    start: () => {
      stop();
      last = now();
      timer = setInterval(() => {
        if (now() - last >= minutes() * 60_000) {
          stop();
          onIdle();
        }
      }, CHECK_EVERY_MS);
      // An idle timer must never keep a command-line process alive.
      timer.unref?.();
    },
    stop,
  };
}
