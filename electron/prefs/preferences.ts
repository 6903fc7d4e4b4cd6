import type { Preferences } from '../../shared/preferences';

export interface PreferenceStore {
  get(): Preferences;
  set(patch: Partial<Preferences>): Preferences;
}
