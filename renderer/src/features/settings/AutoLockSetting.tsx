import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { AUTO_LOCK_MINUTES, withCurrent } from './options';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

/** How long Harbor waits, unused, before it saves and locks. */
export function AutoLockSetting({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  const { prefs, update } = usePreferences();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.autoLock.label', { app })}</label>
      <p id={`${id}-hint`} className="hint">
        {t('settings.autoLock.hint', { app })}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={prefs.autoLockMinutes}
        onChange={(e) => void update({ autoLockMinutes: Number(e.target.value) }).then(onSaved)}
      >
        {withCurrent(AUTO_LOCK_MINUTES, prefs.autoLockMinutes).map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes === 1 ? t('settings.autoLock.oneMinute') : t('settings.autoLock.minutes', { count: minutes })}
          </option>
        ))}
      </select>
    </div>
  );
}
