/**
 * Debounced saving that never drops a keystroke: edits made while a save is in flight are saved
 * right after it, flush() saves whatever is pending now (before lock, quick exit, close), and a
 * failed save keeps the pending content and reports the error instead of discarding anything.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosaver<T> {
  /** Content changed: save about `delayMs` after the last change. */
  changed(content: T): void;
  /** Save anything pending now; resolves when it is on disk (or rejects if that failed). */
  flush(): Promise<void>;
  state(): SaveState;
  dispose(): void;
}

export interface AutosaveOptions<T> {
  save: (content: T) => Promise<void>;
  onState: (state: SaveState, error?: string) => void;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createAutosaver<T>(options: AutosaveOptions<T>): Autosaver<T> {
  const delay = options.delayMs ?? 1000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: { content: T } | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let current: SaveState = 'idle';

  const set = (state: SaveState, error?: string) => {
    current = state;
    options.onState(state, error);
  };

  const run = async (): Promise<void> => {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    while (inFlight) await inFlight.catch(() => undefined);
    if (!pending) return;
    const { content } = pending;
    pending = null;
    set('saving');
    inFlight = options.save(content);
    try {
      await inFlight;
      set(pending ? 'pending' : 'saved');
    } catch (error) {
      // Keep the unsaved content unless something newer replaced it meanwhile.
      pending ??= { content };
      set('error', error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      inFlight = null;
    }
    if (pending) await run();
  };

  return {
    changed(content) {
      pending = { content };
      set('pending');
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        void run().catch(() => undefined);
      }, delay);
    },
    flush: () => run(),
    state: () => current,
    dispose() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
