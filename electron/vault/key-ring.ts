import { wipe } from './aead';
import { fsyncDir, writeFileAtomic } from '../platform/atomic-write';
import { generationOf, itemsDirName, serializeHeader, withMac, type VaultHeader } from './header';
import { deriveKek } from './kdf';
import { headerPath, itemsPath } from './layout';
import { generateRecoveryKey } from './recovery-key';
import { reencryptGeneration } from './rotate';
import type { KdfParams, RotateResult } from './types';
import { newSalt, newVaultKey, unwrapWithKek, wrapWithKek, wrapWithRecovery } from './vault-key';
import { activeItems, durable, vaultIdBytes, type VaultState } from './vault-state';
import { vaultErrors } from './vault-errors';

/**
 * The keys that open a vault: the passphrase (checked, changed), the recovery key (set, removed)
 * and rotation to a new vault key. Each change is one atomic write of vault.json.
 */

export function checkPassphrase(passphrase: unknown): string {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw vaultErrors.invalid('vault.passphraseMissing');
  }
  if (passphrase.length > 4096) throw vaultErrors.invalid('vault.passphraseTooLong');
  return passphrase;
}

export async function verifyPassphrase(s: VaultState, passphrase: string): Promise<boolean> {
  checkPassphrase(passphrase);
  const kek = await deriveKek(passphrase, s.header.kdf);
  const key = unwrapWithKek(kek, s.header);
  wipe(kek);
  if (!key) return false;
  wipe(key);
  return true;
}

async function writeHeader(s: VaultState, next: VaultHeader): Promise<void> {
  await s.lock.assertHeld();
  await writeFileAtomic(headerPath(s.dir), serializeHeader(next), durable(s));
  s.header = next;
}

/**
 * A new passphrase always comes with new keys: anyone holding an old copy of vault.json and the old
 * passphrase (or the recovery key just used) must not read what is written from now on.
 * `forgetItems` drops what the item reader remembers of the old generation.
 */
export function changePassphrase(s: VaultState, newPassphrase: string, forgetItems: () => void): Promise<RotateResult> {
  // Checked here: a null would otherwise read as "keep the passphrase" below.
  return rekey(s, checkPassphrase(newPassphrase), forgetItems);
}

export function rotateKeys(s: VaultState, forgetItems: () => void): Promise<RotateResult> {
  return rekey(s, null, forgetItems);
}

/**
 * New vault key, every revision re-encrypted into a new generation, and (with a passphrase) a new
 * salt and KEK, all switched by ONE atomic rename of vault.json. A crash before the switch leaves
 * the old header, old passphrase and old generation (the new one is removed on open); after it, the
 * new header, new passphrase and new generation (the old one is removed on open). Never a mix.
 */
async function rekey(s: VaultState, passphrase: string | null, forgetItems: () => void): Promise<RotateResult> {
  await s.lock.assertHeld();
  const kdf: KdfParams = passphrase === null ? s.header.kdf : { ...s.header.kdf, salt: newSalt() };
  // Every open vault knows its KEK: one opened by its recovery key gets one at once (lifecycle.ts).
  const newKek = passphrase === null ? null : await deriveKek(passphrase, kdf);
  const kek = newKek ?? s.kek!;
  const oldItems = activeItems(s);
  const nextDirName = itemsDirName(generationOf(s.header.itemsDir) + 1);
  const newKey = newVaultKey();
  let skipped: { itemId: string; revision: number }[] = [];
  let recovery: { raw: Buffer; text: string } | null = null;
  try {
    skipped = await reencryptGeneration({
      oldItems,
      nextItems: itemsPath(s.dir, nextDirName),
      oldKey: s.vaultKey,
      newKey,
      vaultIdBytes: vaultIdBytes(s),
      fs: s.fs,
    });

    // The recovery wrap cannot be re-wrapped (Harbor never keeps the recovery key itself), and
    // one that unwrapped the old key must not open what is written from now on: a new key.
    recovery = s.header.recoveryWrap ? generateRecoveryKey() : null;
    const next = withMac(
      newKey,
      {
        ...s.header,
        kdf,
        itemsDir: nextDirName,
        passphraseWrap: wrapWithKek(kek, newKey, s.header.vaultId, kdf),
        recoveryWrap: recovery ? wrapWithRecovery(recovery.raw, newKey, s.header.vaultId) : null,
      },
      kek,
    );
    // The switch: one atomic rename of vault.json makes the new generation the vault.
    await writeHeader(s, next);
  } catch (error) {
    // Nothing holds the new keys after a failure (the KEK in use is never among them).
    wipe(newKey, recovery?.raw, newKek);
    throw error;
  }
  wipe(s.vaultKey, recovery?.raw);
  s.vaultKey = newKey;
  if (newKek) {
    wipe(s.kek);
    s.kek = newKek;
  }
  forgetItems();
  await s.fs.rm(oldItems, {
    recursive: true,
    // Stryker disable next-line BooleanLiteral: the old generation was just read, so it exists; force only spares an error if something else removed it meanwhile
    force: true,
  });
  await fsyncDir(s.dir, s.fs);
  const result: RotateResult = {};
  if (recovery) result.recoveryKey = recovery.text;
  if (skipped.length) result.skipped = skipped;
  return result;
}

export async function setRecoveryKey(s: VaultState): Promise<string> {
  const recovery = generateRecoveryKey();
  const recoveryWrap = wrapWithRecovery(recovery.raw, s.vaultKey, s.header.vaultId);
  // Only its words are shown to the person; the raw key is not needed past the wrap.
  wipe(recovery.raw);
  await writeHeader(s, withMac(s.vaultKey, { ...s.header, recoveryWrap }));
  return recovery.text;
}

export async function removeRecoveryKey(s: VaultState): Promise<void> {
  await writeHeader(s, withMac(s.vaultKey, { ...s.header, recoveryWrap: null }));
}
