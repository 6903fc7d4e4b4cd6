import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../../../shared/preferences';
import { THEMES } from './options';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

export function ThemeSetting({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  const name = useId();
  const label = (theme: Preferences['theme']) => {
    switch (theme) {
      case 'system':
        return t('settings.appearance.themes.system');
      case 'light':
        return t('settings.appearance.themes.light');
      case 'dark':
        return t('settings.appearance.themes.dark');
      case 'high-contrast':
        return t('settings.appearance.themes.highContrast');
    }
  };
  return (
    <fieldset className="choice-group">
      <legend>{t('settings.appearance.theme')}</legend>
      {THEMES.map((theme) => (
        <div className="choice" key={theme}>
          <input
            id={`${name}-${theme}`}
            type="radio"
            name={name}
            value={theme}
            checked={prefs.theme === theme}
            onChange={() => void update({ theme }).then(onSaved)}
          />
          <label htmlFor={`${name}-${theme}`}>{label(theme)}</label>
        </div>
      ))}
    </fieldset>
  );
}
