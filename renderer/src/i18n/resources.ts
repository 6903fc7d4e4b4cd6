import { firstScreenResources } from './i18n';
import { workspaceResources } from './workspace-locales';

/** Every word of the app in both languages, as one tree per language (the locale tests read it). */
export const resources = {
  en: { translation: { ...firstScreenResources.en, ...workspaceResources.en } },
  es: { translation: { ...firstScreenResources.es, ...workspaceResources.es } },
} as const;
