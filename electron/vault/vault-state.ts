import type { VaultFs, WriteOptions } from '../platform/atomic-write';
import type { CachePlace } from './cache-file';
import type { VaultHeader } from './header';
import { itemsPath } from './layout';
import type { VaultLock } from './lock-file';

/** What an open vault holds while it is open: its folder, header, keys, writer lock and file operations. */
export interface VaultState {
  dir: string;
  header: VaultHeader;
  vaultKey: Buffer;
  /** The passphrase's key-encryption key, kept so rotation can re-wrap without asking again. */
  kek: Buffer | null;
  lock: VaultLock;
  /** Every commit goes through it: node:fs/promises, or what a test passes (see platform/atomic-write.ts). */
  fs: VaultFs;
}

/** The items directory of the current key generation. */
export const activeItems = (s: VaultState): string => itemsPath(s.dir, s.header.itemsDir);

export const vaultIdBytes = (s: VaultState): Buffer => Buffer.from(s.header.vaultId, 'hex');

/** How the vault commits: synced to disk, through the vault's file operations. */
export const durable = (s: VaultState): WriteOptions => ({ durable: true, fs: s.fs });

export function cachePlace(s: VaultState): CachePlace {
  return { vaultKey: s.vaultKey, vaultId: vaultIdBytes(s), itemsDir: s.header.itemsDir, itemsPath: activeItems(s) };
}

/**
 * The state behind each open vault, for testing.ts alone (raw keys, the active items folder): the
 * vault classes themselves carry no test hooks, and nothing shipped imports testing.ts (lint).
 */
const states = new WeakMap<object, VaultState>();

export function rememberState(vault: object, state: VaultState): void {
  states.set(vault, state);
}

export function stateOf(vault: object): VaultState | undefined {
  return states.get(vault);
}
