import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../shared/templates';

/** Template text is bilingual data: pick the UI's language. */
export function useTemplateText(): (text: LocalText) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (text) => text[lang] || text.en;
}

export function useUiLanguage(): 'en' | 'es' {
  const { i18n } = useTranslation();
  return i18n.language === 'es' ? 'es' : 'en';
}
