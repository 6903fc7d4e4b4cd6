import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

/** After the erase-after-N limit was reached: said plainly, with the way forward. */
export function ErasedScreen() {
  const { t } = useTranslation();
  const disguised = usePreferences().prefs.disguise;
  return (
    <CardScreen heading={disguised ? t('safety.erased.headingNotes') : t('safety.erased.heading')}>
      <p>{t('safety.erased.body')}</p>
      <p>{disguised ? t('safety.erased.backupNotes') : t('safety.erased.backup')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('safety.erased.startAgain')}
        </button>
      </div>
    </CardScreen>
  );
}
