import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { LanguageChoice } from '../../ui/LanguageChoice';
import { useAppName } from '../../ui/use-app-name';
import type { Language } from '../../i18n/i18n';

export interface StartScreenProps {
  version: string | null;
  onStart: () => void;
  /** During first run: which step this is, and the language choice. */
  step?: { current: number; total: number };
  language?: Language;
  onLanguageChange?: (language: Language) => void;
}

/**
 * The first thing anyone sees: what Harbor is, in one line, the language, and one calm way in. With
 * the disguise on (chosen in a first run that was left before the vault existed) it never names Harbor.
 */
export function StartScreen({ version, onStart, step, language, onLanguageChange }: StartScreenProps) {
  const { t } = useTranslation();
  const { disguised } = useAppName();
  return (
    <CardScreen heading={disguised ? t('start.headingNotes') : t('start.heading')} step={step}>
      <p className="lead">{disguised ? t('app.taglineNotes') : t('app.tagline')}</p>
      <p className="hint">{t('start.body')}</p>
      {language && onLanguageChange && (
        <LanguageChoice value={language} onChange={onLanguageChange} legend={t('start.language')} />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onStart}>
          {t('app.start')}
        </button>
      </div>
      {version && (
        <p className="footer-note">
          {disguised ? t('app.versionLineNotes', { version }) : t('app.versionLine', { version })}
        </p>
      )}
    </CardScreen>
  );
}
