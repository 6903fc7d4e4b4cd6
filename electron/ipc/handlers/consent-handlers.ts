import { HarborError } from '../../../shared/errors';
import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';

type ConsentChannels = Extract<keyof HandlerTable, `${'profile' | 'consent' | 'export' | 'history'}:${string}`>;

const notYet = () => {
  throw new HarborError('unsupported', 'Sharing and export are not ready in this version of Harbor yet.');
};

/** Placeholder until the consent pipeline lands: every call says plainly that it is not available. */
export function consentHandlers(_services: MainServices): Pick<HandlerTable, ConsentChannels> {
  return {
    'profile:get': notYet,
    'profile:set': notYet,
    'consent:list': notYet,
    'consent:create': notYet,
    'consent:update': notYet,
    'consent:revoke': notYet,
    'export:preview': notYet,
    'export:run': notYet,
    'history:list': notYet,
    'history:withdrawal-letter': notYet,
  };
}
