/** The part of an Electron event this needs: 'close' and 'before-quit' can both be held off. */
export interface Preventable {
  preventDefault(): void;
}

export interface CloseAfterLockOptions {
  /** Whether a vault is open (there may be unsaved words in the window). */
  isUnlocked(): boolean;
  /** Ask the renderer to save and lock (vault:lock-requested); resolves once the vault is locked. */
  requestLock(): Promise<void>;
  /** Close the window for good, without asking again (BrowserWindow.destroy). */
  destroyWindow(): void;
  /** Carry on quitting once the window is gone (app.quit). */
  quit(): void;
  /**
   * Closes anyway after this long, so a renderer that hangs cannot keep Harbor on screen. Longer
   * than the session's own grace for the renderer (2 s), after which it locks without it.
   */
  timeoutMs?: number;
}

export interface CloseAfterLock {
  /** The window's 'close' event. */
  onWindowClose(event: Preventable): void;
  /** The app's 'before-quit' event (Quit from the menu or the dock comes here first). */
  onBeforeQuit(event: Preventable): void;
}

const DEFAULT_TIMEOUT_MS = 4_000;

/**
 * Closing the window or quitting while the vault is open must not lose what was typed since the
 * last autosave: hold the close, ask the renderer to save and lock (the same path as idle and
 * suspend), and close once the keys are gone. A locked Harbor closes at once.
 */
export function createCloseAfterLock(options: CloseAfterLockOptions): CloseAfterLock {
  let phase: 'open' | 'closing' | 'done' = 'open';
  let quitting = false;

  const finish = () => {
    phase = 'done';
    options.destroyWindow();
    if (quitting) options.quit();
  };

  const startClosing = () => {
    if (phase !== 'open') return;
    phase = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    });
    void Promise.race([options.requestLock().catch(() => undefined), timeout]).then(() => {
      clearTimeout(timer);
      finish();
    });
  };

  /** True when the event may go ahead now. */
  const mayProceed = () => phase === 'done' || (phase === 'open' && !options.isUnlocked());

  return {
    onWindowClose(event) {
      if (mayProceed()) {
        phase = 'done';
        return;
      }
      event.preventDefault();
      startClosing();
    },
    onBeforeQuit(event) {
      quitting = true;
      if (mayProceed()) return;
      event.preventDefault();
      startClosing();
    },
  };
}
