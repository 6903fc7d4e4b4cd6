import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

/** "Notes" instead of Harbor in the window title, on the lock screen and as the icon. */
export function DisguiseSetting({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  const id = useId();
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={prefs.disguise}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void update({ disguise: e.target.checked }).then(onSaved)}
        />
        {t('safety.settings.disguise.label')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('safety.settings.disguise.hint')}
      </p>
    </div>
  );
}
