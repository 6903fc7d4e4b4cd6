import Store from 'electron-store';
import { normalisePreferences, preferencesSchema } from '../../shared/preferences';
import type { PreferenceStore } from '../prefs/preferences';

/** electron-store behind the PreferenceStore interface; holds non-secret settings only. */
export function createElectronPreferences(): PreferenceStore {
  const store = new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true });
  return {
    get: () => normalisePreferences(store.store),
    set: (patch) => {
      const next = preferencesSchema.parse({ ...normalisePreferences(store.store), ...patch });
      store.store = next;
      return next;
    },
  };
}
