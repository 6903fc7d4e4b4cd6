import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import type { Preferences } from '../../../../shared/preferences';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { QUICK_EXIT_SHORTCUT_LABEL } from '../../i18n/concept-labels';

const ACTIONS: readonly Preferences['quickExitAction'][] = ['neutral', 'minimize', 'close'];
const SHORTCUTS: readonly Preferences['quickExitShortcut'][] = ['triple-escape', 'ctrl-shift-q', 'off'];

// Locale keys written out, one per choice, so the lint rule and the compiler can check each.
const ACTION_LABEL = {
  neutral: 'safety.settings.quickExitAction.neutral',
  minimize: 'safety.settings.quickExitAction.minimize',
  close: 'safety.settings.quickExitAction.close',
} as const satisfies Record<Preferences['quickExitAction'], string>;

/** What quick exit does once Harbor is locked, and which keys start it. */
export function QuickExitSettings({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  const { prefs, update } = usePreferences();
  const action = useId();
  const shortcut = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={action}>{t('safety.settings.quickExitAction.label')}</label>
        <p id={`${action}-hint`} className="hint">
          {t('safety.settings.quickExitAction.hint', { app })}
        </p>
        <select
          id={action}
          aria-describedby={`${action}-hint`}
          value={prefs.quickExitAction}
          onChange={(e) =>
            void update({ quickExitAction: e.target.value as Preferences['quickExitAction'] }).then(onSaved)
          }
        >
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(ACTION_LABEL[a], { app })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={shortcut}>{t('safety.settings.quickExitShortcut.label')}</label>
        <select
          id={shortcut}
          value={prefs.quickExitShortcut}
          onChange={(e) =>
            void update({ quickExitShortcut: e.target.value as Preferences['quickExitShortcut'] }).then(onSaved)
          }
        >
          {SHORTCUTS.map((s) => (
            <option key={s} value={s}>
              {t(QUICK_EXIT_SHORTCUT_LABEL[s])}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
