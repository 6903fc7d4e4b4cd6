import { z } from 'zod';
import { preferencesPatchSchema, type Preferences } from '../preferences';
import { channel } from './channel';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** No arguments: the renderer may pass nothing (undefined) or an empty object. */
const none = z.union([z.undefined(), z.object({}).strict()]);

/**
 * The one IPC contract. Channel names are `area:verb`; the renderer's `window.harbor` is derived
 * from this table (see api.ts), and the main process registers exactly one handler per entry.
 */
export const contract = {
  'app:info': channel<AppInfo>()(none),
  'prefs:get': channel<Preferences>()(none),
  'prefs:set': channel<Preferences>()(preferencesPatchSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = Contract[C]['response'];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
