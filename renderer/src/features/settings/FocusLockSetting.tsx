import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

/** Offered choices in seconds; a hand-edited preferences file may hold another value, shown too. */
const FOCUS_LOCK_SECONDS = [10, 30, 60, 300] as const;
const OFF = 'off';

/** Lock when another window has been in front of Harbor this long (off unless chosen). */
export function FocusLockSetting({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  const { prefs, update } = usePreferences();
  const id = useId();
  const current = prefs.lockOnBlurSeconds;
  const choices: number[] = [...FOCUS_LOCK_SECONDS];
  if (current !== null && !choices.includes(current)) choices.push(current);
  choices.sort((a, b) => a - b);
  const label = (seconds: number) => {
    if (seconds < 60 || seconds % 60 !== 0) return t('safety.settings.focusLock.seconds', { count: seconds });
    const minutes = seconds / 60;
    return minutes === 1
      ? t('safety.settings.focusLock.minutesOne', { count: minutes })
      : t('safety.settings.focusLock.minutes', { count: minutes });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('safety.settings.focusLock.label', { app })}</label>
      <p id={`${id}-hint`} className="hint">
        {t('safety.settings.focusLock.hint', { app })}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={current === null ? OFF : String(current)}
        onChange={(e) =>
          void update({ lockOnBlurSeconds: e.target.value === OFF ? null : Number(e.target.value) }).then(onSaved)
        }
      >
        <option value={OFF}>{t('safety.settings.focusLock.off')}</option>
        {choices.map((s) => (
          <option key={s} value={s}>
            {label(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
