import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../../ui/LanguageChoice';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

export function LanguageSetting({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  return (
    <LanguageChoice
      legend={t('settings.language.label')}
      hideLegend
      value={prefs.language}
      onChange={(language) => void update({ language }).then(onSaved)}
    />
  );
}
