import type { Result } from '../../../shared/ipc/result';
import { harbor } from './bridge';

/** Something to finish before the vault locks (the story editor saves pending text here). */
export type BeforeLock = () => void | Promise<void>;

const hooks = new Set<BeforeLock>();

/** The main process locks anyway about 2 s after asking; leave a margin for the lock call itself. */
const BEFORE_LOCK_BUDGET_MS = 1_500;

/**
 * Registers work to finish before Harbor locks. Returns a function that unregisters it (call it
 * when the component that saves goes away). Hooks run together; one failing does not stop the lock.
 */
export function registerBeforeLock(fn: BeforeLock): () => void {
  hooks.add(fn);
  return () => {
    hooks.delete(fn);
  };
}

/** Runs every registered hook, giving up waiting after the budget so locking is never blocked. */
export async function runBeforeLock(budgetMs = BEFORE_LOCK_BUDGET_MS): Promise<void> {
  const all = Promise.allSettled([...hooks].map(async (fn) => fn()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs);
  });
  await Promise.race([all, budget]);
  clearTimeout(timer);
}

let locking: Promise<Result<void>> | null = null;

/**
 * Saves what is pending, then locks. The main process wipes the keys and reloads this window, so
 * every piece of React state (and any plaintext in it) is gone. Concurrent calls share one lock.
 */
export function lockVault(): Promise<Result<void>> {
  locking ??= (async () => {
    try {
      await runBeforeLock();
      return await harbor.vault.lock();
    } finally {
      locking = null;
    }
  })();
  return locking;
}

/** Answers the main process's `vault:lock-requested` (idle, suspend, screen lock). Returns unsubscribe. */
export function listenForLockRequests(): () => void {
  return harbor.events.onLockRequested(() => {
    void lockVault();
  });
}
