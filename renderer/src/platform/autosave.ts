/**
 * Debounced saving that never drops a keystroke: edits made while a save is in flight are folded
 * into one save after it, flush() saves whatever is pending now (before lock, quick exit, close),
 * and a failed save keeps the pending content and reports the error instead of discarding anything.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosaver<T> {
  /** Content changed: save about `delayMs` after the last change. */
  changed(content: T): void;
  /**
   * Save anything pending now, without waiting for the gap between saves; resolves when it is on
   * disk (or rejects if that failed). Waits for a save in flight first, then saves what is newest.
   */
  flush(): Promise<void>;
  state(): SaveState;
  dispose(): void;
}

export interface AutosaveOptions<T> {
  save: (content: T) => Promise<void>;
  onState: (state: SaveState, error?: string) => void;
  delayMs?: number;
  /**
   * The least time from one save landing to the next one starting on its own (flush() does not
   * wait for it): typing through a save makes one more save a while later, never a chain of saves
   * one straight after another. Defaults to `delayMs`.
   */
  minGapMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createAutosaver<T>(options: AutosaveOptions<T>): Autosaver<T> {
  const delay = options.delayMs ?? 1000;
  const minGap = options.minGapMs ?? delay;
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: { content: T } | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let landedAt = -Infinity;
  let current: SaveState = 'idle';
  let disposed = false;

  const set = (state: SaveState, error?: string) => {
    current = state;
    options.onState(state, error);
  };

  const arm = (ms: number) => {
    if (timer !== null) clearTimer(timer);
    timer = disposed ? null : setTimer(due, ms);
  };

  /** The timer: save now, unless a save is in flight (it re-arms when it lands) or landed too recently. */
  function due() {
    timer = null;
    if (inFlight || !pending) return;
    const wait = landedAt + minGap - now();
    if (wait > 0) arm(wait);
    else void saveOnce().catch(() => undefined);
  }

  /** One save of what is pending now, after the save in flight (if any) has landed. */
  const saveOnce = async (): Promise<void> => {
    while (inFlight) await inFlight.catch(() => undefined);
    if (!pending) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    const { content } = pending;
    pending = null;
    set('saving');
    inFlight = options.save(content);
    try {
      await inFlight;
    } catch (error) {
      // Keep the unsaved content unless something newer replaced it meanwhile.
      pending ??= { content };
      set('error', error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      inFlight = null;
      landedAt = now();
    }
    set(pending ? 'pending' : 'saved');
    // Typed during the save: saved on its own once the gap has passed (or sooner by flush()).
    if (pending && timer === null) arm(minGap);
  };

  return {
    changed(content) {
      pending = { content };
      // A save in flight keeps saying so; what was typed meanwhile goes in the next one.
      if (!inFlight) set('pending');
      arm(delay);
    },
    async flush() {
      do await saveOnce();
      while (pending);
    },
    state: () => current,
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
