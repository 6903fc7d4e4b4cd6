import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../../../shared/core/languages';
import en from './locales/en.json';
import es from './locales/es.json';
import safetyEn from './locales/safety.en.json';
import safetyEs from './locales/safety.es.json';
import shareEn from './locales/share.en.json';
import shareEs from './locales/share.es.json';
import testimonyEn from './locales/testimony.en.json';
import testimonyEs from './locales/testimony.es.json';
import workspaceEn from './locales/workspace.en.json';
import workspaceEs from './locales/workspace.es.json';
import consentEn from './locales/consent.en.json';
import consentEs from './locales/consent.es.json';
import campaignsEn from './locales/campaigns.en.json';
import campaignsEs from './locales/campaigns.es.json';

export const LANGUAGES = LANGS;
export type Language = Lang;

/** Both locales ship inside the app: no language file is ever fetched. */
// One file per feature area (under its own top-level key) so features can be translated separately.
export const resources = {
  en: {
    translation: {
      ...en,
      workspace: workspaceEn,
      consent: consentEn,
      share: shareEn,
      testimony: testimonyEn,
      safety: safetyEn,
      campaigns: campaignsEn,
    },
  },
  es: {
    translation: {
      ...es,
      workspace: workspaceEs,
      consent: consentEs,
      share: shareEs,
      testimony: testimonyEs,
      safety: safetyEs,
      campaigns: campaignsEs,
    },
  },
} as const;

export function initI18n(language: Language = 'en') {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
