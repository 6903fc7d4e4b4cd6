import type { HandlerTable } from './handler-table';
import { appHandlers } from './handlers/app-handlers';
import { campaignHandlers } from './handlers/campaign-handlers';
import { consentHandlers } from './handlers/consent-handlers';
import { prefsHandlers } from './handlers/prefs-handlers';
import { safetyHandlers } from './handlers/safety-handlers';
import { shareHandlers } from './handlers/share-handlers';
import { storyHandlers } from './handlers/story-handlers';
import { testimonyHandlers } from './handlers/testimony-handlers';
import { vaultHandlers } from './handlers/vault-handlers';
import type { MainContext } from './main-context';
import type { MainServices } from './main-services';

/** The main process's IPC surface, free of Electron: every service comes built from main-services.ts. */
export function createHandlers(ctx: MainContext, services: MainServices): HandlerTable {
  return {
    ...appHandlers(ctx),
    ...prefsHandlers(ctx),
    ...vaultHandlers(services, () => ctx.prefs.get()),
    ...storyHandlers(services),
    ...consentHandlers(services),
    ...shareHandlers(services, () => ctx.prefs.get().language),
    ...testimonyHandlers(services),
    ...campaignHandlers(services),
    ...safetyHandlers(services),
  };
}
