import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { quickExit } from './quick-exit';
import { QUICK_EXIT_SHORTCUT_LABEL } from '../../i18n/concept-labels';
import { useAppName } from '../../ui/use-app-name';

/**
 * Beside Lock on every unlocked screen, and in practice's own header (practice covers the window). One press: hidden at once, text saved, Harbor locked, then
 * the neutral screen, minimized or closed (Settings › Safety). Not red: it is not destructive.
 */
export function QuickExitButton() {
  const { t } = useTranslation();
  const { prefs } = usePreferences();
  // Its hint shows on hover, on every screen: under the disguise it names "Notes", never Harbor.
  const { name: app } = useAppName();
  const shortcut = t(QUICK_EXIT_SHORTCUT_LABEL[prefs.quickExitShortcut]);
  return (
    <button
      type="button"
      className="button button--quiet quick-exit__button"
      onClick={() => void quickExit()}
      aria-keyshortcuts={prefs.quickExitShortcut === 'ctrl-shift-q' ? 'Control+Shift+Q' : undefined}
      title={t('safety.quickExit.hint', { shortcut, app })}
    >
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {t('safety.quickExit.button')}
    </button>
  );
}
