import { availableParallelism, loadavg } from 'node:os';
import type { ExportFormat } from '../../shared/consent/grant';
import { today } from '../../shared/core/dates';

/*
 * What `harbor export` runs while the vault's key is derived, so that the time after the unlock is
 * the person's document alone: code and data that would otherwise be compiled or loaded on first
 * use. Everything here works on Harbor's own fixed words and the clock, never on the vault (it is
 * not open yet). A PDF's own warm-up is Chromium's (command-printer.ts).
 */

/** The next turn of the event loop, so that an unlock that is done meanwhile goes first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Whether the computer has a core to spare beside the key derivation's. On a busy one, work on
 * this thread takes the derivation's share of a core and the key comes later by as much, while
 * the Word renderer's warm-up saves less than it costs after the unlock (the person's document
 * still has code of its own to compile): there only what is reused as it is (the date format, the
 * story schema's compiled checks) is done early.
 */
export function hasSpareCore(): boolean {
  return loadavg()[0]! < availableParallelism();
}

/**
 * Runs each step in a turn of its own while `stillUnlocking()`: a step is short, and once the key
 * is there the export itself goes first and the warm-up stops. Failures are dropped: the real
 * export meets and reports them.
 */
export async function warmUpExport(
  format: ExportFormat,
  stillUnlocking: () => boolean,
  spareCore = hasSpareCore(),
): Promise<void> {
  const steps: (() => unknown)[] = [
    // The first date format loads the time-zone data (the consent's dates are checked against today).
    () => today(),
    // The story schema's checks, compiled on their first run (a story is read for every export).
    async () => (await import('./warm-up-story')).warmUpStoryCheck(),
    // With a core to spare, three times: a second and a third run get the `docx` package's busiest
    // code optimised, not only compiled (each run is short, and is not repeated once the key is there).
    ...(format === 'docx' && spareCore
      ? Array.from({ length: 3 }, () => async () => (await import('./warm-up-docx')).warmUpDocx())
      : []),
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
