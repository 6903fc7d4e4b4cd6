/**
 * Internal hooks for the vault's own tests and benchmark. Deliberately not exported from index.ts:
 * nothing in the app may skip the KDF, read raw keys or turn off fsync.
 */
import { wipe } from './aead';
import { bufferSource, readBackup } from './backup';
import { macOf, parseHeader, type VaultHeader } from './header';
import { decodeItemFile } from './item-file';
import { deriveKek } from './kdf';
import { readHeaderBytes } from './layout';
import type { VaultFs } from '../platform/atomic-write';
import { createWith, openWith, openWithPassphrase, unlockWithKek } from './lifecycle';
import type { CreateVaultOptions, OpenVault } from './types';
import { unwrapWithKek } from './vault-key';
import { vaultErrors } from './vault-errors';
import { activeItems, stateOf as maybeStateOf, type VaultState } from './vault-state';

function stateOf(vault: OpenVault): VaultState {
  const found = maybeStateOf(vault);
  if (!found) throw new Error('not a Harbor vault');
  return found;
}

export { argon2idRaw, deriveKek } from './kdf';
export { parseHeader, serializeHeader } from './header';
export { decodeItemFile, encodeItemFile, readItemHead } from './item-file';
export { bufferSource, readBackup } from './backup';
export { revisionsToDelete, RETENTION } from './retention';
export { parseRecoveryKey, formatRecoveryKey, encodeCrockford } from './recovery-key';
export { seal, open as aeadOpen, buildAad } from './aead';
export { processAlive } from './lock-file';
export { nodeVaultFs, type VaultFs } from '../platform/atomic-write';

/**
 * Opens with a KEK derived once, so a test can reopen a vault hundreds of times cheaply; `fs`
 * replaces the vault's file operations (to fail or "crash" at a chosen point, or to skip syncs).
 */
export function openVaultWithKek(dir: string, kek: Buffer, fs?: VaultFs): Promise<OpenVault> {
  return openWith(dir, unlockWithKek(kek), fs);
}

/** openVault with the vault's file operations replaced (see openVaultWithKek). */
export function openVaultWithFs(dir: string, passphrase: string, fs: VaultFs): Promise<OpenVault> {
  return openWithPassphrase(dir, passphrase, fs);
}

/** createVault with the vault's file operations replaced (see openVaultWithKek). */
export function createVaultWithFs(dir: string, passphrase: string, opts: CreateVaultOptions, fs: VaultFs) {
  return createWith(dir, passphrase, opts, fs);
}

/** The KEK of an existing vault (one Argon2id run), for use with openVaultWithKek. */
export async function kekFor(dir: string, passphrase: string): Promise<Buffer> {
  return deriveKek(passphrase, parseHeader(await readHeaderBytes(dir)).kdf);
}

export function rawVaultKey(vault: OpenVault): Buffer {
  return Buffer.from(stateOf(vault).vaultKey);
}

export function liveKeyBuffers(vault: OpenVault): Buffer[] {
  const { vaultKey, kek } = stateOf(vault);
  return kek ? [vaultKey, kek] : [vaultKey];
}

export function activeItemsPath(vault: OpenVault): string {
  return activeItems(stateOf(vault));
}

/** Parses and checks a backup held in memory, unlocking with a known KEK (for fuzzing). */
export async function checkBackupBytes(bytes: Buffer, kek: Buffer): Promise<number> {
  const result = await readBackup(bufferSource(bytes), {
    checkItems: true,
    unlock: async (header) => {
      const key = unwrapWithKek(kek, header);
      if (!key) throw vaultErrors.wrongPassphrase();
      return key;
    },
  });
  wipe(result.vaultKey);
  return result.count;
}

/** Decodes one item file given where it claims to live; never throws. */
export function decodeAt(vaultKey: Buffer, vaultId: string, itemId: string, revision: number, bytes: Buffer) {
  return decodeItemFile(
    vaultKey,
    { vaultId: Buffer.from(vaultId, 'hex'), itemId: Buffer.from(itemId, 'hex'), revision },
    bytes,
  );
}

/** A header as Harbor wrote it before the KEK check and digest existed (MAC over the rest). */
export function legacyHeader(vaultKey: Buffer, header: VaultHeader): VaultHeader {
  const { kekCheck: _check, digest: _digest, mac: _mac, ...rest } = header;
  return { ...rest, mac: macOf(vaultKey, rest).toString('base64') };
}
