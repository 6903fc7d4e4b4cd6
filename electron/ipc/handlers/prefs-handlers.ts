import type { HandlerTable } from '../handler-table';
import type { MainContext } from '../main-context';

export function prefsHandlers(ctx: MainContext): Pick<HandlerTable, 'prefs:get' | 'prefs:set'> {
  return {
    'prefs:get': () => ctx.prefs.get(),
    'prefs:set': (patch) => ctx.prefs.set(patch),
  };
}
