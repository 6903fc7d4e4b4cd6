import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../shared/templates';
import type { Lang } from '../../../shared/core/languages';

/** Template text is bilingual data: pick the UI's language. */
export function useTemplateText(): (text: LocalText) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (text) => text[lang] || text.en;
}

export function useUiLanguage(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'es' ? 'es' : 'en';
}
