import type { Preferences } from './preferences';

/**
 * The preferences before anyone changes one. Apart from their zod schema (preferences.ts, whose
 * defaults must equal these: a unit test holds them together), so the lock screen, which shows
 * before the settings are read, does not load zod.
 */
export const defaultPreferences: Preferences = {
  language: 'en',
  theme: 'system',
  textScale: 1,
  autoLockMinutes: 5,
  lockOnBlurSeconds: null,
  quickExitAction: 'neutral',
  quickExitShortcut: 'triple-escape',
  disguise: false,
  windowBounds: null,
};
