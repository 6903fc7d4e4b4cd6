import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Preferences, PreferencesPatch } from '../../../../shared/preferences';
import { defaultPreferences } from '../../../../shared/preferences-defaults';
import { harbor } from '../bridge';
import { useIpcEffect } from '../use-ipc';
import { applyPreferences } from './apply-preferences';

interface PreferencesValue {
  prefs: Preferences;
  /** Applies the change at once, then saves it; returns false if it could not be saved. */
  update(patch: PreferencesPatch): Promise<boolean>;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

/** Loads the saved preferences before showing anything, so the first screen is already in the right language. */
export function PreferencesProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [prefs, setPrefs] = useState<Preferences | null>(null);

  useIpcEffect(
    () => harbor.prefs.get(),
    (result) => {
      const loaded = result.ok ? result.value : defaultPreferences;
      applyPreferences(loaded);
      setPrefs(loaded);
    },
    [],
  );

  const update = useCallback(
    async (patch: PreferencesPatch) => {
      const optimistic = { ...(prefs ?? defaultPreferences), ...patch };
      applyPreferences(optimistic);
      setPrefs(optimistic);
      const result = await harbor.prefs.set(patch);
      if (result.ok) {
        applyPreferences(result.value);
        setPrefs(result.value);
      }
      return result.ok;
    },
    [prefs],
  );

  const value = useMemo(() => (prefs ? { prefs, update } : null), [prefs, update]);
  if (!value) return fallback;
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences is used outside PreferencesProvider');
  return value;
}

/**
 * The person's text size (1 = standard) for what CSS cannot size by itself, such as text placed in
 * an SVG drawing. Outside the provider (a screen drawn on its own) it is the standard size.
 */
export function useTextScale(): number {
  return useContext(PreferencesContext)?.prefs.textScale ?? 1;
}

/** Whether the disguise is on; outside the provider (a screen drawn on its own) it is not. */
export function useDisguised(): boolean {
  return useContext(PreferencesContext)?.prefs.disguise ?? false;
}
