/** How often, at most, Harbor tells the main process that someone is using it. */
export const ACTIVITY_INTERVAL_MS = 30_000;

/**
 * Calls `report` on the first activity and then at most once per interval: enough for an idle
 * timer counted in minutes, without an IPC message per keystroke.
 */
export function createActivityThrottle(
  report: () => void,
  intervalMs = ACTIVITY_INTERVAL_MS,
  now: () => number = Date.now,
) {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    report();
  };
}

/** Listens for keys and pointer presses anywhere in the window. Returns a function that stops listening. */
export function watchActivity(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  onActivity: () => void,
): () => void {
  const options = { capture: true, passive: true } as const;
  target.addEventListener('keydown', onActivity, options);
  target.addEventListener('pointerdown', onActivity, options);
  return () => {
    target.removeEventListener('keydown', onActivity, options);
    target.removeEventListener('pointerdown', onActivity, options);
  };
}
