import { harbor } from '../../platform/bridge';
import { runBeforeLock } from '../../platform/lock';
import './quick-exit.css';

/** Pending text gets this long to save; the whole exit stays well under a second. */
export const QUICK_EXIT_SAVE_BUDGET_MS = 400;

let exiting = false;

/**
 * Hides everything at once (before anything else, so nothing stays on screen), saves what is
 * pending, then asks the main process to clear Harbor's text from the clipboard, lock (keys wiped,
 * window reloaded) and show the neutral screen, minimize or close. Also works when locked.
 */
export async function quickExit(): Promise<void> {
  if (exiting) return;
  exiting = true;
  document.documentElement.classList.add('quick-exit');
  try {
    await runBeforeLock(QUICK_EXIT_SAVE_BUDGET_MS);
    const result = await harbor.safety.quickExit();
    if (!result.ok) throw new Error(result.error.message);
    // Minimize keeps this page until the reload lands: keep it hidden meanwhile.
  } catch {
    // Harbor could not lock: show the app again rather than leave a blank window that hides a problem.
    document.documentElement.classList.remove('quick-exit');
  } finally {
    exiting = false;
  }
}
