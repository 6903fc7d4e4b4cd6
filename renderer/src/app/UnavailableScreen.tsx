import { useTranslation } from 'react-i18next';
import { CardScreen } from '../ui/CardScreen';
import { usePreferences } from '../platform/preferences/PreferencesContext';

/** Harbor could not tell whether there is a vault (a disk problem, say). Nothing is lost; try again. */
export function UnavailableScreen({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  // Disguised, this screen before the lock screen says "notes", never "vault" or Harbor.
  const disguised = usePreferences().prefs.disguise;
  return (
    <CardScreen heading={disguised ? t('unavailable.headingNotes') : t('unavailable.heading')}>
      <p>{disguised ? t('unavailable.bodyNotes') : t('unavailable.body')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      </div>
    </CardScreen>
  );
}
