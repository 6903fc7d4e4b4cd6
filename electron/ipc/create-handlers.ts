import type { HandlerTable } from './handler-table';
import { appHandlers } from './handlers/app-handlers';
import type { MainContext } from './main-context';
import { prefsHandlers } from './handlers/prefs-handlers';

/** The composition root of the main process's IPC surface, free of Electron. */
export function createHandlers(ctx: MainContext): HandlerTable {
  return {
    ...appHandlers(ctx),
    ...prefsHandlers(ctx),
  };
}
