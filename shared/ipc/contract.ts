import { z } from 'zod';
import { preferencesPatchSchema, type Preferences } from '../preferences';
import { channel } from './channel';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

export interface VaultStatus {
  /** A vault exists in this profile (false → first run). */
  exists: boolean;
  unlocked: boolean;
  /** Only known while unlocked. */
  hasRecoveryKey: boolean | null;
}

export interface IntegritySummary {
  ok: boolean;
  checked: number;
  damaged: { itemId: string; revision?: number; problem: string }[];
}

/** Passphrases are bounded so a pasted novel cannot stall the key derivation. */
const passphrase = z.string().min(1, 'Enter your passphrase').max(1024);
const newPassphrase = z.string().min(10, 'Use at least 10 characters').max(1024);
const recoveryKeyInput = z.string().min(20).max(200);

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
  'vault:status': channel<VaultStatus>()(none),
  'vault:create': channel<{ recoveryKey: string | null }>()(
    z.object({ passphrase: newPassphrase, recoveryKey: z.boolean() }).strict(),
  ),
  'vault:unlock': channel<VaultStatus>()(z.object({ passphrase }).strict()),
  /** Locks now: keys wiped, then the window is reloaded so no plaintext stays in its memory. */
  'vault:lock': channel<void>()(none),
  'vault:change-passphrase': channel<void>()(z.object({ current: passphrase, next: newPassphrase }).strict()),
  'vault:recover': channel<VaultStatus>()(z.object({ recoveryKey: recoveryKeyInput, next: newPassphrase }).strict()),
  /** Makes a new recovery key (replacing any old one) and returns it once. */
  'vault:new-recovery-key': channel<{ recoveryKey: string }>()(z.object({ passphrase }).strict()),
  'vault:remove-recovery-key': channel<void>()(z.object({ passphrase }).strict()),
  'vault:rotate-keys': channel<{ recoveryKey: string | null }>()(z.object({ passphrase }).strict()),
  'vault:verify': channel<IntegritySummary>()(none),
  /** The renderer reports activity so idle auto-lock measures Harbor's own idleness. */
  'vault:activity': channel<void>()(none),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = Contract[C]['response'];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
