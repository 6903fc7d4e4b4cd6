import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/i18n';

/**
 * English / Español as radio buttons. Each language is named in itself (and marked with its own
 * lang), so someone who cannot read the current language still finds theirs.
 */
export interface LanguageChoiceProps {
  value: Language;
  onChange: (language: Language) => void;
  legend: string;
  /** When a heading right above already says "Language", keep the legend for screen readers only. */
  hideLegend?: boolean;
}

export function LanguageChoice({ value, onChange, legend, hideLegend = false }: LanguageChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  const label = (language: Language) => (language === 'en' ? t('language.en') : t('language.es'));
  return (
    <fieldset className="choice-group">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {LANGUAGES.map((language) => (
        <div className="choice" key={language}>
          <input
            id={`${name}-${language}`}
            type="radio"
            name={name}
            value={language}
            checked={value === language}
            onChange={() => onChange(language)}
          />
          <label htmlFor={`${name}-${language}`} lang={language}>
            {label(language)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
