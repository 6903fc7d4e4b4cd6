import type { HandlerTable } from '../handler-table';
import type { MainContext } from '../main-context';

export function appHandlers(ctx: MainContext): Pick<HandlerTable, 'app:info'> {
  return {
    'app:info': () => ctx.appInfo,
  };
}
