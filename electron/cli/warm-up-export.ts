import { today } from '../../shared/core/dates';

/*
 * What `harbor export` runs while the vault's key is derived, so that the time after the unlock is
 * the person's document alone: code and data that would otherwise be compiled or loaded on first
 * use. Everything here works on Harbor's own fixed words and the clock, never on the vault (it is
 * not open yet). A PDF's own warm-up is Chromium's (command-printer.ts).
 *
 * Rendering a page to Word here too was measured and dropped: even on an idle computer the key
 * came later by more than the compiled renderer saved afterwards.
 */

/** The next turn of the event loop, so that an unlock that is done meanwhile goes first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs each step in a turn of its own while `stillUnlocking()`: a step is short, and once the key
 * is there the export itself goes first and the warm-up stops. Failures are dropped: the real
 * export meets and reports them.
 */
export async function warmUpExport(stillUnlocking: () => boolean): Promise<void> {
  const steps: (() => unknown)[] = [
    // The first date format loads the time-zone data (the consent's dates are checked against today).
    () => today(),
    // The story schema's checks, compiled on their first run (a story is read for every export).
    async () => (await import('./warm-up-story')).warmUpStoryCheck(),
  ];
  for (const step of steps) {
    await nextTurn();
    if (!stillUnlocking()) return;
    try {
      await step();
    } catch {
      // The real export meets it.
    }
  }
}
