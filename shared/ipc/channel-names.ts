import type { ChannelName } from './contract';

/**
 * The channel names alone, so the preload and renderer can build the API without bundling the
 * request schemas (those are only needed in the main process). The checks below fail to compile
 * if this list and the contract ever disagree.
 */
export const channelNames = [
  'app:info',
  'prefs:get',
  'prefs:set',
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
  'vault:recover',
  'vault:new-recovery-key',
  'vault:remove-recovery-key',
  'vault:rotate-keys',
  'vault:verify',
  'vault:activity',
  'story:list',
  'story:get',
  'story:create',
  'story:save',
  'story:trash',
  'story:restore',
  'story:empty-trash',
  'story:revisions',
  'story:revision',
  'story:name-revision',
  'story:restore-revision',
  'story:search',
  'story:import',
  'profile:get',
  'profile:set',
  'consent:list',
  'consent:create',
  'consent:update',
  'consent:revoke',
  'export:preview',
  'export:run',
  'history:list',
  'history:withdrawal-letter',
  'safety:quick-exit',
  'safety:status',
  'safety:leave-neutral',
  'safety:copied',
  'safety:set-erase-after',
  'share:create',
  'share:sent',
  'share:revoke',
  'share:import-receipt',
  'share:import',
  'share:list',
  'share:get',
  'share:import-revocation',
  'share:receipt',
] as const satisfies readonly ChannelName[];

type Listed = (typeof channelNames)[number];
type Missing = Exclude<ChannelName, Listed>;
const everyChannelListed: [Missing] extends [never] ? true : Missing = true;
void everyChannelListed;
