import { normalisePreferences, preferencesSchema, type Preferences } from '../../shared/preferences';
import type { PreferenceStore } from './preferences';

/** For tests and the command line: preferences that live only as long as the process. */
export function createMemoryPreferences(initial: unknown = {}): PreferenceStore {
  let current: Preferences = normalisePreferences(initial);
  return {
    get: () => current,
    set: (patch) => {
      current = preferencesSchema.parse({ ...current, ...patch });
      return current;
    },
  };
}
