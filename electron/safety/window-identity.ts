import type { Lang } from '../../shared/core/lang-codes';
import type { Preferences } from '../../shared/preferences';

/**
 * The neutral name the disguise shows in the title bar and task bar, in the person's language: the
 * same word the page shows (safety.disguise.name in the renderer's locales; a test keeps them equal),
 * so a Spanish screen is never titled in English.
 */
export const DISGUISE_NAMES: Record<Lang, string> = { en: 'Notes', es: 'Notas' };
export const REAL_NAME = 'Harbor';

export interface WindowIdentity {
  title: string;
  /** File name under assets/. */
  icon: 'harbor.png' | 'notes.png';
}

/** What the window title bar and task bar show, from the preferences (and the neutral screen). */
export function windowIdentity(
  prefs: Pick<Preferences, 'disguise' | 'language'>,
  neutralScreen = false,
): WindowIdentity {
  return prefs.disguise || neutralScreen
    ? { title: DISGUISE_NAMES[prefs.language], icon: 'notes.png' }
    : { title: REAL_NAME, icon: 'harbor.png' };
}
