import { addLocales } from './i18n';
import campaignsEn from './locales/campaigns.en.json';
import campaignsEs from './locales/campaigns.es.json';
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
  en: { workspace: workspaceEn, consent: consentEn, share: shareEn, testimony: testimonyEn, campaigns: campaignsEn },
  es: { workspace: workspaceEs, consent: consentEs, share: shareEs, testimony: testimonyEs, campaigns: campaignsEs },
};

addLocales(workspaceResources);
