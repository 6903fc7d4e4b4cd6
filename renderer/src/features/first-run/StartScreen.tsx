import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { LanguageChoice } from '../../ui/LanguageChoice';
import type { Language } from '../../i18n/i18n';

export interface StartScreenProps {
  version: string | null;
  onStart: () => void;
  /** During first run: which step this is, and the language choice. */
  step?: { current: number; total: number };
  language?: Language;
  onLanguageChange?: (language: Language) => void;
}

/** The first thing anyone sees: what Harbor is, in one line, the language, and one calm way in. */
export function StartScreen({ version, onStart, step, language, onLanguageChange }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <CardScreen heading={t('start.heading')} step={step}>
      <p className="lead">{t('app.tagline')}</p>
      <p className="hint">{t('start.body')}</p>
      {language && onLanguageChange && (
        <LanguageChoice value={language} onChange={onLanguageChange} legend={t('start.language')} />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onStart}>
          {t('app.start')}
        </button>
      </div>
      {version && <p className="footer-note">{t('app.versionLine', { version })}</p>}
    </CardScreen>
  );
}
