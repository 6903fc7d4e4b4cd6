import type { Preferences } from '../../shared/preferences';
import type { PreferenceStore } from './preferences';

/** The same store, calling `changed` after each successful set (the shell re-applies the disguise). */
export function observePreferences(store: PreferenceStore, changed: (prefs: Preferences) => void): PreferenceStore {
  return {
    get: () => store.get(),
    set: (patch) => {
      const next = store.set(patch);
      changed(next);
      return next;
    },
  };
}
