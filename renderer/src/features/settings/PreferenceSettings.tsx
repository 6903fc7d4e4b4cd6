import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { DisguiseSetting } from './DisguiseSetting';
import { FocusLockSetting } from './FocusLockSetting';
import { QuickExitSettings } from './QuickExitSettings';
import { AutoLockSetting } from './AutoLockSetting';
import { LanguageSetting } from './LanguageSetting';
import { SettingSection } from './SettingSection';
import { TextSizeSetting } from './TextSizeSetting';
import { ThemeSetting } from './ThemeSetting';

/** Settings that apply at once: locking, safety, language, look. One quiet line says they were kept. */
export function PreferenceSettings() {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  // Counted, so a screen reader hears "Saved" after each change, not only the first.
  const [saved, setSavedState] = useState<{ ok: boolean; n: number } | null>(null);
  const setSaved = (ok: boolean) => setSavedState((s) => ({ ok, n: (s?.n ?? 0) + 1 }));
  return (
    <>
      <SettingSection title={t('settings.autoLock.heading')}>
        <AutoLockSetting onSaved={setSaved} />
        <FocusLockSetting onSaved={setSaved} />
      </SettingSection>
      <SettingSection title={t('safety.settings.heading')}>
        <DisguiseSetting onSaved={setSaved} />
        <QuickExitSettings onSaved={setSaved} />
      </SettingSection>
      <SettingSection title={t('settings.language.heading')}>
        <LanguageSetting onSaved={setSaved} />
      </SettingSection>
      <SettingSection title={t('settings.appearance.heading')}>
        <ThemeSetting onSaved={setSaved} />
        <TextSizeSetting onSaved={setSaved} />
      </SettingSection>
      <div role="status" className="visually-hidden">
        {saved?.ok && <span key={saved.n}>{t('settings.saved')}</span>}
      </div>
      {saved?.ok === false && (
        <p className="error-text" role="alert">
          {t('settings.notSaved', { app })}
        </p>
      )}
    </>
  );
}
