import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../../../shared/core/lang-codes';
import en from './locales/en.json';
import es from './locales/es.json';
import safetyEn from './locales/safety.en.json';
import safetyEs from './locales/safety.es.json';

export const LANGUAGES = LANGS;
export type Language = Lang;

type Bundle = Record<string, unknown>;
export type Locales = Record<Language, Bundle>;

/**
 * What the first screens say (start, unlock, recovery, Quick exit, the safety guide). Both
 * locales ship inside the app: no language file is ever fetched. One file per feature area
 * (under its own top-level key) so features can be translated separately; the workspace's files
 * come with the workspace's code (workspace-locales.ts), registered through addLocales.
 */
export const firstScreenResources = {
  en: { ...en, safety: safetyEn },
  es: { ...es, safety: safetyEs },
} satisfies Locales;

const added: Locales[] = [];

function bundleFor(language: Language): Bundle {
  return Object.assign({}, firstScreenResources[language], ...added.map((locales) => locales[language]));
}

let disguised = false;

/**
 * Under the disguise, `{{app}}` in any text is the neutral name ("Notes", "Notas") instead of
 * Harbor, so a screen's words follow the disguise without each caller passing the name. Read from
 * the resources, not through `t`, which would read this same default again.
 */
export function setDisguisedName(on: boolean): void {
  disguised = on;
}

function appName(): string {
  if (!disguised) return 'Harbor';
  const neutral = i18next.getResource(i18next.language, 'translation', 'safety.disguise.name') as unknown;
  return typeof neutral === 'string' ? neutral : 'Notes';
}

/** Read at each translation (a getter), so the name follows the disguise and the language at once. */
const defaultVariables = {
  get app(): string {
    return appName();
  },
};

export function initI18n(language: Language = 'en') {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: bundleFor('en') }, es: { translation: bundleFor('es') } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false, defaultVariables },
    returnNull: false,
  });
  return i18next;
}

/** Adds the words of code loaded on demand, before any of it renders. */
export function addLocales(locales: Locales): void {
  added.push(locales);
  if (!i18next.isInitialized) return;
  for (const language of LANGUAGES) i18next.addResourceBundle(language, 'translation', locales[language], true, true);
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
