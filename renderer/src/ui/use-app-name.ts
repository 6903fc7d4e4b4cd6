import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../platform/preferences/PreferencesContext';

/**
 * The name Harbor shows for itself: "Harbor", or a neutral "Notes" when the disguise is on (the
 * main process sets the same in the window title; this covers the page title and the screens).
 */
export function useAppName(): { name: string; disguised: boolean } {
  const { t } = useTranslation();
  const { prefs } = usePreferences();
  const name = prefs.disguise ? t('safety.disguise.name') : t('app.name');
  // Before the screen is painted, so no screen ever shows beside the other name.
  useLayoutEffect(() => {
    document.title = name;
  }, [name]);
  return { name, disguised: prefs.disguise };
}
