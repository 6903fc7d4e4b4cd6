import type { Preferences } from '../../../../shared/preferences';

/** Choices offered in Settings; the preferences schema accepts a wider range from a hand-edited file. */
export const AUTO_LOCK_MINUTES = [1, 5, 10, 15, 30, 60] as const;
export const TEXT_SCALES = [0.9, 1, 1.1, 1.25, 1.4, 1.6] as const;
export const THEMES: readonly Preferences['theme'][] = ['system', 'light', 'dark', 'high-contrast'];

/** The offered choices, plus the current value if a hand-edited file set something else. */
export function withCurrent(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);
}
