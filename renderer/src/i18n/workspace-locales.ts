import { addLocales } from './i18n';
import consentEn from './locales/consent.en.json';
import consentEs from './locales/consent.es.json';
import shareEn from './locales/share.en.json';
import shareEs from './locales/share.es.json';
import testimonyEn from './locales/testimony.en.json';
import testimonyEs from './locales/testimony.es.json';
import workspaceEn from './locales/workspace.en.json';
import workspaceEs from './locales/workspace.es.json';

/** What the unlocked app says, beyond the first screens: loaded with the workspace's code. */
export const workspaceResources = {
  en: { workspace: workspaceEn, consent: consentEn, share: shareEn, testimony: testimonyEn },
  es: { workspace: workspaceEs, consent: consentEs, share: shareEs, testimony: testimonyEs },
};

addLocales(workspaceResources);
