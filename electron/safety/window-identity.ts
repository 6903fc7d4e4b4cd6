import type { Preferences } from '../../shared/preferences';

/** The neutral name the disguise shows (the renderer shows the same word in the person's language). */
export const DISGUISE_NAME = 'Notes';
export const REAL_NAME = 'Harbor';

export interface WindowIdentity {
  title: string;
  /** File name under assets/. */
  icon: 'harbor.png' | 'notes.png';
}

/** What the window title bar and task bar show, from the preferences (and the neutral screen). */
export function windowIdentity(prefs: Pick<Preferences, 'disguise'>, neutralScreen = false): WindowIdentity {
  return prefs.disguise || neutralScreen
    ? { title: DISGUISE_NAME, icon: 'notes.png' }
    : { title: REAL_NAME, icon: 'harbor.png' };
}
