import { createHash } from 'node:crypto';
import { z } from 'zod';
import { equalBytes, hmac, subkey, wipe } from './aead';
import { FORMAT_VERSION, ITEMS_DIR_PATTERN, MAX_HEADER_BYTES } from './constants';
import { fromBase64, fromHex } from './encoding';
import type { KdfParams } from './types';
import { vaultErrors } from './vault-errors';

/**
 * vault.json: the only file whose structure is readable without a key. It holds what is needed to
 * derive the key-encryption key and unwrap the vault key, plus a MAC (keyed from the vault key)
 * over everything else, so no field can be changed without the change being noticed on open.
 */
export interface VaultHeader {
  format: 'harbor-vault';
  version: number;
  vaultId: string;
  kdf: KdfParams;
  passphraseWrap: { nonce: string; key: string };
  recoveryWrap: { salt: string; nonce: string; key: string } | null;
  itemsDir: string;
  /**
   * Proof that a KEK is the right one, independent of the wrap: when the passphrase derives a KEK
   * that matches it but the wrap does not open, the wrap was changed, not the passphrase mistyped.
   * Absent in headers written before it existed (added on the next header write).
   */
  kekCheck?: string;
  /** SHA-256 over the rest of the header (not keyed): any edit made without recomputing it shows before the KDF. */
  digest?: string;
  mac: string;
}

// No messages: any failure is reported as the one "damaged" error (parseHeader), never zod's words.
const b64 = (min: number, max = min) => z.string().refine((s) => fromBase64(s, min, max) !== null);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

// Bounds here only keep the parser safe; whether the KDF is strong enough is decided separately,
// so that a downgraded header is reported as 'weak_kdf', not as damage.
const headerSchema = z.strictObject({
  format: z.literal('harbor-vault'),
  version: z.literal(FORMAT_VERSION),
  vaultId: z.string().refine((s) => fromHex(s, 16) !== null),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: int(1, 2 ** 32 - 1),
    iterations: int(1, 2 ** 32 - 1),
    parallelism: int(1, 2 ** 24 - 1),
    salt: b64(16, 64),
  }),
  passphraseWrap: z.strictObject({ nonce: b64(12), key: b64(48) }),
  recoveryWrap: z.strictObject({ salt: b64(16), nonce: b64(12), key: b64(48) }).nullable(),
  itemsDir: z.string().regex(ITEMS_DIR_PATTERN),
  kekCheck: b64(16).optional(),
  digest: b64(32).optional(),
  mac: b64(32),
});

function canonical(h: Omit<VaultHeader, 'mac'> & { mac?: string | undefined }): string {
  // Fixed key order: the file must be byte-for-byte what Harbor would write (see parseHeader).
  const ordered = {
    format: h.format,
    version: h.version,
    vaultId: h.vaultId,
    kdf: {
      algorithm: h.kdf.algorithm,
      memoryKiB: h.kdf.memoryKiB,
      iterations: h.kdf.iterations,
      parallelism: h.kdf.parallelism,
      salt: h.kdf.salt,
    },
    passphraseWrap: { nonce: h.passphraseWrap.nonce, key: h.passphraseWrap.key },
    recoveryWrap: h.recoveryWrap
      ? { salt: h.recoveryWrap.salt, nonce: h.recoveryWrap.nonce, key: h.recoveryWrap.key }
      : null,
    itemsDir: h.itemsDir,
    // JSON.stringify leaves out the ones that are undefined (a header from before them, or unsealed).
    kekCheck: h.kekCheck,
    digest: h.digest,
    mac: h.mac,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function serializeHeader(h: VaultHeader): Buffer {
  return Buffer.from(canonical(h), 'utf8');
}

/**
 * Parses untrusted bytes. Throws only HarborError: 'unsupported' for a newer format, 'integrity'
 * for anything else wrong. Requiring the canonical spelling means that even changes JSON would
 * shrug off (a space for a newline, a reordered key) count as damage.
 */
export function parseHeader(bytes: Uint8Array): VaultHeader {
  if (bytes.length > MAX_HEADER_BYTES) throw vaultErrors.headerDamaged('too large');
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw vaultErrors.headerDamaged('not valid JSON');
  }
  // Any JSON value but null can be destructured; one that is not an object has neither field.
  const { format, version } = (json ?? {}) as { format?: unknown; version?: unknown };
  if (format === 'harbor-vault' && typeof version === 'number' && version > FORMAT_VERSION) {
    throw vaultErrors.newerFormat();
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw vaultErrors.headerDamaged('unexpected fields or values');
  // zod leaves absent optional fields absent, so an older header reads back without them.
  const header: VaultHeader = parsed.data;
  if (canonical(header) !== text) throw vaultErrors.headerDamaged('not in canonical form');
  return header;
}

/**
 * Refuses a header whose digest does not match: an edit made outside Harbor, reported as damage
 * before any key derivation (so it can never count as a wrong passphrase). A header from before
 * digests existed passes; its MAC still guards it once unlocked.
 */
export function assertDigest(header: VaultHeader): void {
  if (header.digest !== undefined && !equalBytes(fromBase64(header.digest, 32)!, digestOf(header))) {
    throw vaultErrors.headerDamaged('changed outside Harbor');
  }
}

const DIGEST_PURPOSE = 'harbor-vault/v1/header-digest';

function digestOf(h: Omit<VaultHeader, 'mac'>): Buffer {
  return createHash('sha256')
    .update(DIGEST_PURPOSE)
    .update(canonical({ ...h, digest: undefined, mac: undefined }))
    .digest();
}

const KEK_CHECK_PURPOSE = 'harbor-vault/v1/kek-check';

/** 16 bytes from the KEK alone: says nothing about the passphrase that Argon2id does not already guard. */
export function kekCheckOf(kek: Buffer): string {
  return hmac(kek, Buffer.from(KEK_CHECK_PURPOSE)).subarray(0, 16).toString('base64');
}

/** true/false when the header carries a KEK check; null when it predates them and cannot tell. */
export function kekMatches(kek: Buffer, h: VaultHeader): boolean | null {
  if (h.kekCheck === undefined) return null;
  return equalBytes(Buffer.from(h.kekCheck, 'base64'), Buffer.from(kekCheckOf(kek), 'base64'));
}

export function generationOf(itemsDir: string): number {
  const m = ITEMS_DIR_PATTERN.exec(itemsDir);
  return m ? Number(m[1]) : 0;
}

export function itemsDirName(generation: number): string {
  return `items-${String(generation).padStart(6, '0')}`;
}

const MAC_PURPOSE = 'harbor-vault/v1/header-mac';

export function macOf(vaultKey: Buffer, h: Omit<VaultHeader, 'mac'>): Buffer {
  const key = subkey(vaultKey, MAC_PURPOSE);
  // HMAC-SHA256 cannot fail here, so no finally is needed to zero the subkey.
  const mac = hmac(key, Buffer.from(MAC_PURPOSE), Buffer.from(canonical({ ...h, mac: undefined })));
  wipe(key);
  return mac;
}

/**
 * The header as written: its digest, then its MAC (over everything else, digest included). `kek`
 * (when the caller holds it) refreshes the KEK check; without it the one already there is kept.
 */
export function withMac(vaultKey: Buffer, h: Omit<VaultHeader, 'mac'>, kek?: Buffer | null): VaultHeader {
  const { mac: _ignored, digest: _old, ...rest } = h as VaultHeader;
  if (kek) rest.kekCheck = kekCheckOf(kek);
  const sealed: Omit<VaultHeader, 'mac'> = { ...rest, digest: digestOf(rest).toString('base64') };
  return { ...sealed, mac: macOf(vaultKey, sealed).toString('base64') };
}

export function headerMacValid(vaultKey: Buffer, h: VaultHeader): boolean {
  const expected = fromBase64(h.mac, 32);
  if (!expected) return false;
  const { mac: _ignored, ...rest } = h;
  return equalBytes(expected, macOf(vaultKey, rest));
}
