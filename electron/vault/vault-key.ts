import { buildAad, open, randomBytes, seal, subkey, wipe } from './aead';
import { FORMAT_VERSION, KEY_BYTES, SALT_BYTES, TAG_BYTES } from './constants';
import { fromBase64, fromHex, toBase64 } from './encoding';
import type { VaultHeader } from './header';
import type { KdfParams } from './types';

/**
 * The vault key is wrapped twice at most: by the passphrase's KEK and, optionally, by a key derived
 * from the recovery key. The AAD binds each wrap to this vault, this format version, its purpose and
 * (for the passphrase) every KDF parameter, so a header edited to other parameters or another
 * vault's wrap simply fails to authenticate.
 */

const PASSPHRASE_PURPOSE = 'harbor-vault/v1/vault-key/passphrase';
const RECOVERY_PURPOSE = 'harbor-vault/v1/vault-key/recovery';
const RECOVERY_KEK_PURPOSE = 'harbor-vault/v1/recovery-kek';
/** A wrapped vault key: the key and its tag. */
const WRAP_BYTES = KEY_BYTES + TAG_BYTES;

function passphraseAad(vaultId: string, kdf: KdfParams): Buffer {
  return buildAad(
    PASSPHRASE_PURPOSE,
    FORMAT_VERSION,
    fromHex(vaultId, 16) ?? Buffer.alloc(0),
    kdf.algorithm,
    kdf.memoryKiB,
    kdf.iterations,
    kdf.parallelism,
    fromBase64(kdf.salt, 16, 64) ?? Buffer.alloc(0),
  );
}

function recoveryAad(vaultId: string, salt: Buffer): Buffer {
  return buildAad(RECOVERY_PURPOSE, FORMAT_VERSION, fromHex(vaultId, 16) ?? Buffer.alloc(0), salt);
}

export function newVaultKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function newSalt(): string {
  return toBase64(randomBytes(SALT_BYTES));
}

export function wrapWithKek(
  kek: Buffer,
  vaultKey: Buffer,
  vaultId: string,
  kdf: KdfParams,
): VaultHeader['passphraseWrap'] {
  const sealed = seal(kek, vaultKey, passphraseAad(vaultId, kdf));
  return { nonce: toBase64(sealed.nonce), key: toBase64(sealed.ciphertext) };
}

/**
 * The vault key, or null when the KEK (so the passphrase) is not the right one. A wrap is exactly
 * 48 bytes, a 32-byte key and its tag, so what opens is always a whole key.
 */
export function unwrapWithKek(kek: Buffer, header: VaultHeader): Buffer | null {
  const nonce = fromBase64(header.passphraseWrap.nonce, 12);
  const key = fromBase64(header.passphraseWrap.key, WRAP_BYTES);
  if (!nonce || !key) return null;
  return open(kek, nonce, key, passphraseAad(header.vaultId, header.kdf));
}

/**
 * A recovery key already carries 160 random bits, so a slow KDF would add nothing; HKDF with a
 * stored salt turns it into a wrapping key.
 */
function recoveryKek(rawRecoveryKey: Buffer, salt: Buffer): Buffer {
  return subkey(rawRecoveryKey, RECOVERY_KEK_PURPOSE, salt);
}

export function wrapWithRecovery(
  rawRecoveryKey: Buffer,
  vaultKey: Buffer,
  vaultId: string,
): NonNullable<VaultHeader['recoveryWrap']> {
  const salt = randomBytes(SALT_BYTES);
  const kek = recoveryKek(rawRecoveryKey, salt);
  // Sealing with a 32-byte key cannot fail, so no finally is needed to zero the KEK.
  const sealed = seal(kek, vaultKey, recoveryAad(vaultId, salt));
  wipe(kek);
  return { salt: toBase64(salt), nonce: toBase64(sealed.nonce), key: toBase64(sealed.ciphertext) };
}

export function unwrapWithRecovery(rawRecoveryKey: Buffer, header: VaultHeader): Buffer | null {
  const wrap = header.recoveryWrap;
  if (!wrap) return null;
  const salt = fromBase64(wrap.salt, 16);
  const nonce = fromBase64(wrap.nonce, 12);
  const key = fromBase64(wrap.key, WRAP_BYTES);
  if (!salt || !nonce || !key) return null;
  const kek = recoveryKek(rawRecoveryKey, salt);
  // open() returns null rather than throwing, so no finally is needed to zero the KEK.
  const out = open(kek, nonce, key, recoveryAad(header.vaultId, salt));
  wipe(kek);
  return out;
}
