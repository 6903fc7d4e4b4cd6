import type { z } from 'zod';
import { equalBytes, open, randomBytes, seal } from '../vault/aead';
import { SALT_BYTES } from '../vault/constants';
import type { KdfCost } from '../vault/kdf';
import { normalizeShareCode } from './share-code';
import { shareErrors, type DamagedThing } from './share-errors';
import { encodeShareFile, encodeShareHeader, parseShareFile, type ShareFile, type ShareFileType } from './share-file';
import {
  deriveShareKeys,
  keyCheck,
  shareKdfAcceptable,
  wipeKeys,
  type DeriveShareKeys,
  type ShareKeys,
} from './share-keys';
import {
  packagePayloadSchema,
  receiptPayloadSchema,
  revocationPayloadSchema,
  type PackagePayload,
  type ReceiptPayload,
  type RevocationPayload,
} from './share-payload';

/** Bodies are padded with spaces (which JSON ignores) so a file's size says little about the text. */
const PADDING = 1024;

/** Written straight into the padded buffer: no second copy of the text to wipe. */
function padJson(value: unknown): Buffer {
  const json = JSON.stringify(value);
  const out = Buffer.alloc(Math.ceil((Buffer.byteLength(json, 'utf8') + 1) / PADDING) * PADDING, 0x20);
  out.write(json, 'utf8');
  return out;
}

function parseJson<T>(plain: Buffer, schema: z.ZodType<T>, what: DamagedThing): T {
  let value: unknown;
  try {
    value = JSON.parse(plain.toString('utf8'));
  } catch {
    // Not JSON: left undefined, which no schema accepts, so it is refused as damaged just below.
  } finally {
    plain.fill(0);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw shareErrors.damaged(what);
  return parsed.data;
}

export async function sealPackage(
  payload: PackagePayload,
  code: string,
  cost: KdfCost,
  derive: DeriveShareKeys = deriveShareKeys,
): Promise<{ bytes: Buffer; keys: ShareKeys }> {
  const canonical = normalizeShareCode(code);
  if (!canonical) throw shareErrors.codeShape();
  if (!shareKdfAcceptable(cost)) throw new Error('share KDF settings out of range');
  const body = padJson(packagePayloadSchema.parse(payload));
  const salt = randomBytes(SALT_BYTES);
  const keys = await derive(canonical, salt, cost);
  const base = { type: 'package' as const, packageId: payload.packageId, kdf: { ...cost, salt } };
  const { checked } = encodeShareHeader(base);
  const { aad } = encodeShareHeader({ ...base, keyCheck: keyCheck(keys, checked) });
  const sealed = seal(keys.package, body, aad);
  body.fill(0);
  return { bytes: encodeShareFile(aad, sealed.nonce, sealed.ciphertext), keys };
}

function expectType(file: ShareFile, type: ShareFileType): void {
  if (file.header.type !== type) throw shareErrors.wrongType(type);
}

/**
 * Opens a package with the code the writer passed on. A wrong code (the key check fails) is told
 * apart from a damaged file (the checksum or the authentication fails), so the person knows
 * whether to check the words or ask for the file again.
 */
export async function openPackage(
  bytes: Uint8Array,
  code: string,
  derive: DeriveShareKeys = deriveShareKeys,
): Promise<{ payload: PackagePayload; keys: ShareKeys }> {
  const file = parseShareFile(bytes);
  expectType(file, 'package');
  const canonical = normalizeShareCode(code);
  if (!canonical) throw shareErrors.codeShape();
  const { kdf, keyCheck: storedCheck } = file.header;
  // Settings edited down would make the code cheap to guess; edited up, they would tie Harbor up.
  if (!shareKdfAcceptable(kdf!)) throw shareErrors.damaged('package');
  const keys = await derive(canonical, kdf!.salt, kdf!);
  try {
    if (!equalBytes(keyCheck(keys, file.checkedBytes), storedCheck!)) throw shareErrors.wrongCode();
    const plain = open(keys.package, file.nonce, file.ciphertext, file.aad);
    if (!plain) throw shareErrors.damaged('package');
    const payload = parseJson(plain, packagePayloadSchema, 'package');
    if (payload.packageId !== file.header.packageId || payload.expiresOn !== payload.terms.expiresOn) {
      throw shareErrors.damaged('package');
    }
    return { payload, keys };
  } catch (e) {
    wipeKeys(keys);
    throw e;
  }
}

type NoteType = Exclude<ShareFileType, 'package'>;

function sealNote(type: NoteType, packageId: string, key: Buffer, payload: unknown): Buffer {
  const { aad } = encodeShareHeader({ type, packageId });
  const body = padJson(payload);
  const sealed = seal(key, body, aad);
  body.fill(0);
  return encodeShareFile(aad, sealed.nonce, sealed.ciphertext);
}

/** The package id a revocation or receipt is about, read before any key is looked up. */
export function noteTarget(bytes: Uint8Array, type: NoteType): string {
  const file = parseShareFile(bytes);
  expectType(file, type);
  return file.header.packageId;
}

function openNote<T>(bytes: Uint8Array, type: NoteType, key: Buffer, schema: z.ZodType<T & { packageId: string }>): T {
  const file = parseShareFile(bytes);
  const what = type === 'revocation' ? 'withdrawal' : 'receipt';
  // Without the key from the code, nobody can make a file that authenticates: a forgery lands here.
  const plain = open(key, file.nonce, file.ciphertext, file.aad);
  if (!plain) throw shareErrors.damaged(what);
  const payload = parseJson(plain, schema, what);
  if (payload.packageId !== file.header.packageId) throw shareErrors.damaged(what);
  return payload;
}

export const sealRevocation = (key: Buffer, p: RevocationPayload) =>
  sealNote('revocation', p.packageId, key, revocationPayloadSchema.parse(p));
export const openRevocation = (bytes: Uint8Array, key: Buffer) =>
  openNote(bytes, 'revocation', key, revocationPayloadSchema);
export const sealReceipt = (key: Buffer, p: ReceiptPayload) =>
  sealNote('receipt', p.packageId, key, receiptPayloadSchema.parse(p));
export const openReceipt = (bytes: Uint8Array, key: Buffer) => openNote(bytes, 'receipt', key, receiptPayloadSchema);
