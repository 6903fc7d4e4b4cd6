import type { Preferences } from '../../../../shared/preferences';

/** Three presses of Escape within this long count as the quick-exit shortcut. */
export const TRIPLE_ESCAPE_WINDOW_MS = 1_000;

interface KeyLike {
  key: string;
  repeat?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

/**
 * Watches key presses for the chosen quick-exit shortcut. Any other key in between starts the
 * Escape count over, and a held-down key does not count, so ordinary typing never sets it off.
 */
export function createShortcutWatcher(now: () => number = () => performance.now()) {
  let presses: number[] = [];
  return (e: KeyLike, shortcut: Preferences['quickExitShortcut']): boolean => {
    if (shortcut === 'off') return false;
    if (shortcut === 'ctrl-shift-q') {
      return (e.ctrlKey || e.metaKey) === true && e.shiftKey === true && !e.altKey && e.key.toLowerCase() === 'q';
    }
    if (e.key !== 'Escape') {
      presses = [];
      return false;
    }
    if (e.repeat) return false;
    const t = now();
    presses = [...presses.filter((p) => t - p <= TRIPLE_ESCAPE_WINDOW_MS), t];
    if (presses.length < 3) return false;
    presses = [];
    return true;
  };
}
