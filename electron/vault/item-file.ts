import { buildAad, open, randomBytes, seal, sealParts, wipe } from './aead';
import {
  BODY_PADDING,
  FORMAT_VERSION,
  KEY_BYTES,
  KIND_CODES,
  KINDS,
  MAX_ITEM_FILE_BYTES,
  MAX_ITEM_JSON_BYTES,
  MAX_REVISION_NAME_BYTES,
  NONCE_BYTES,
  TAG_BYTES,
} from './constants';
import type { ItemKind } from './types';

/**
 * One item revision on disk:
 *
 *   "HBRI" | version u8 | envelope nonce (12) | envelope length u16 | envelope ciphertext+tag
 *          | body nonce (12) | body ciphertext+tag
 *
 * The envelope (under the vault key) holds the revision's own random item key, its kind, time and
 * name; the body (under the item key) holds the JSON. Nothing but the magic, version and lengths is
 * readable without the vault key, and both AADs bind the vault id, item id and revision (the body's
 * also the kind), so a file copied to another item's or another revision's name fails to open.
 */

export const ITEM_MAGIC = Buffer.from('HBRI');
const PREFIX = ITEM_MAGIC.length + 1 + NONCE_BYTES + 2;
const ENVELOPE_FIXED = KEY_BYTES + 1 + 8 + 2;
const ENVELOPE_MAX = ENVELOPE_FIXED + MAX_REVISION_NAME_BYTES + TAG_BYTES;
/** Enough leading bytes of a file to read its envelope without the body. */
export const ITEM_HEAD_BYTES = PREFIX + ENVELOPE_MAX;

/**
 * An item's data as JSON text, or as the UTF-8 bytes of that text in pieces (joined as they are),
 * for an owner that keeps the bytes of the parts that did not change.
 */
export type ItemJson = string | readonly Uint8Array[];

export interface ItemPlace {
  /** 16 raw bytes */
  vaultId: Buffer;
  /** 16 raw bytes */
  itemId: Buffer;
  revision: number;
}

export interface ItemMeta {
  kind: ItemKind;
  savedAtMs: number;
  revisionName?: string;
}

export type ItemProblem = 'malformed' | 'unsupported version' | 'does not authenticate';

export type HeadResult =
  { ok: true; meta: ItemMeta; itemKey: Buffer; layout: Layout } | { ok: false; problem: ItemProblem };
export type DecodeResult = { ok: true; meta: ItemMeta; json: string } | { ok: false; problem: ItemProblem };

interface Layout {
  version: number;
  envelopeNonce: Buffer;
  envelope: Buffer;
  /** null when only the head of the file was read */
  bodyNonce: Buffer | null;
  body: Buffer | null;
}

const envelopeAad = (version: number, p: ItemPlace) =>
  buildAad('harbor-vault/v1/item-envelope', version, p.vaultId, p.itemId, p.revision);
const bodyAad = (version: number, p: ItemPlace, kindCode: number) =>
  buildAad('harbor-vault/v1/item-body', version, p.vaultId, p.itemId, kindCode, p.revision);

function kindFromCode(code: number): ItemKind | null {
  return KINDS[code - 1] ?? null;
}

function parseLayout(bytes: Buffer, headOnly: boolean): Layout | ItemProblem {
  if (bytes.length > MAX_ITEM_FILE_BYTES) return 'malformed';
  // Stryker disable next-line EqualityOperator: a file of the prefix alone fails the envelope-length check below, also as malformed
  if (bytes.length < PREFIX) return 'malformed';
  if (!bytes.subarray(0, 4).equals(ITEM_MAGIC)) return 'malformed';
  const version = bytes[4]!;
  if (version !== FORMAT_VERSION) {
    // Stryker disable next-line EqualityOperator: here the version is already known not to equal FORMAT_VERSION
    return version > FORMAT_VERSION ? 'unsupported version' : 'malformed';
  }
  const envelopeNonce = bytes.subarray(5, 5 + NONCE_BYTES);
  const envelopeLength = bytes.readUInt16BE(5 + NONCE_BYTES);
  if (envelopeLength < ENVELOPE_FIXED + TAG_BYTES || envelopeLength > ENVELOPE_MAX) return 'malformed';
  const envelopeEnd = PREFIX + envelopeLength;
  if (bytes.length < envelopeEnd) return 'malformed';
  const envelope = bytes.subarray(PREFIX, envelopeEnd);
  if (headOnly) return { version, envelopeNonce, envelope, bodyNonce: null, body: null };
  // Stryker disable next-line EqualityOperator: a body of a tag alone opens to nothing, which unpadBody calls malformed too
  if (bytes.length < envelopeEnd + NONCE_BYTES + TAG_BYTES) return 'malformed';
  const bodyNonce = bytes.subarray(envelopeEnd, envelopeEnd + NONCE_BYTES);
  const body = bytes.subarray(envelopeEnd + NONCE_BYTES);
  return { version, envelopeNonce, envelope, bodyNonce, body };
}

function encodeEnvelope(itemKey: Buffer, meta: ItemMeta): Buffer {
  const name = meta.revisionName === undefined ? Buffer.alloc(0) : Buffer.from(meta.revisionName);
  if (name.length > MAX_REVISION_NAME_BYTES) throw new RangeError('revision name too long');
  const out = Buffer.alloc(ENVELOPE_FIXED + name.length);
  itemKey.copy(out, 0);
  out[KEY_BYTES] = KIND_CODES[meta.kind];
  out.writeBigUInt64BE(BigInt(meta.savedAtMs), KEY_BYTES + 1);
  out.writeUInt16BE(name.length, KEY_BYTES + 9);
  name.copy(out, ENVELOPE_FIXED);
  return out;
}

/** `plain` is at least ENVELOPE_FIXED bytes: parseLayout refuses a shorter envelope. */
function decodeEnvelope(plain: Buffer): { itemKey: Buffer; meta: ItemMeta } | null {
  const kind = kindFromCode(plain[KEY_BYTES]!);
  const savedAt = plain.readBigUInt64BE(KEY_BYTES + 1);
  const nameLength = plain.readUInt16BE(KEY_BYTES + 9);
  if (!kind || savedAt > BigInt(Number.MAX_SAFE_INTEGER) || plain.length !== ENVELOPE_FIXED + nameLength) return null;
  let revisionName: string | undefined;
  if (nameLength > 0) {
    try {
      revisionName = new TextDecoder('utf-8', { fatal: true }).decode(plain.subarray(ENVELOPE_FIXED));
    } catch {
      return null;
    }
  }
  const itemKey = Buffer.alloc(KEY_BYTES);
  plain.copy(itemKey, 0, 0, KEY_BYTES);
  const meta: ItemMeta = { kind, savedAtMs: Number(savedAt) };
  if (revisionName !== undefined) meta.revisionName = revisionName;
  return { itemKey, meta };
}

/** A zeroed body with room for `bytes` of JSON after their length, padded to a multiple of BODY_PADDING. */
function emptyBody(bytes: number): Buffer {
  const out = Buffer.alloc(Math.ceil((4 + bytes) / BODY_PADDING) * BODY_PADDING);
  out.writeUInt32BE(bytes, 0);
  return out;
}

/** The JSON is encoded (or its pieces copied) straight into the padded body: no copy in between. */
function padBody(json: ItemJson): Buffer {
  if (typeof json === 'string') {
    const out = emptyBody(Buffer.byteLength(json));
    out.write(json, 4);
    return out;
  }
  let bytes = 0;
  for (const piece of json) bytes += piece.length;
  const out = emptyBody(bytes);
  let at = 4;
  for (const piece of json) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function unpadBody(plain: Buffer): string | null {
  if (plain.length < 4) return null;
  const length = plain.readUInt32BE(0);
  if (length > plain.length - 4 || length > MAX_ITEM_JSON_BYTES) return null;
  // The padding is authenticated anyway; insisting on zeros keeps one plaintext, one encoding.
  for (let i = 4 + length; i < plain.length; i++) if (plain[i] !== 0) return null;
  // No strict UTF-8 check: only a holder of the key could have written these bytes, and the
  // lenient decoder is several times faster on a vault of a thousand stories.
  return plain.toString('utf8', 4, 4 + length);
}

/** The whole file in one buffer, each piece copied once. */
function assemble(
  version: number,
  envelope: { nonce: Buffer; ciphertext: Buffer },
  bodyNonce: Buffer,
  ...body: Buffer[]
) {
  const prefix = Buffer.alloc(PREFIX);
  ITEM_MAGIC.copy(prefix, 0);
  prefix[4] = version;
  envelope.nonce.copy(prefix, 5);
  prefix.writeUInt16BE(envelope.ciphertext.length, 5 + NONCE_BYTES);
  return Buffer.concat([prefix, envelope.ciphertext, bodyNonce, ...body]);
}

function sealEnvelope(vaultKey: Buffer, place: ItemPlace, itemKey: Buffer, meta: ItemMeta) {
  const plain = encodeEnvelope(itemKey, meta);
  try {
    return seal(vaultKey, plain, envelopeAad(FORMAT_VERSION, place));
  } finally {
    wipe(plain);
  }
}

/** Encrypts one revision with a fresh item key. `json` is the item's data already serialised. */
export function encodeItemFile(vaultKey: Buffer, place: ItemPlace, meta: ItemMeta, json: ItemJson): Buffer {
  const itemKey = randomBytes(KEY_BYTES);
  const plain = padBody(json);
  try {
    const body = sealParts(itemKey, plain, bodyAad(FORMAT_VERSION, place, KIND_CODES[meta.kind]));
    return assemble(FORMAT_VERSION, sealEnvelope(vaultKey, place, itemKey, meta), body.nonce, ...body.parts);
  } finally {
    wipe(itemKey, plain);
  }
}

/** Opens only the envelope (kind, time, name), e.g. for revision lists. Never throws. */
export function readItemHead(vaultKey: Buffer, place: ItemPlace, bytes: Buffer, headOnly = true): HeadResult {
  const layout = parseLayout(bytes, headOnly);
  if (typeof layout === 'string') return { ok: false, problem: layout };
  const plain = open(vaultKey, layout.envelopeNonce, layout.envelope, envelopeAad(layout.version, place));
  if (!plain) return { ok: false, problem: 'does not authenticate' };
  const decoded = decodeEnvelope(plain);
  wipe(plain);
  if (!decoded) return { ok: false, problem: 'malformed' };
  return { ok: true, meta: decoded.meta, itemKey: decoded.itemKey, layout };
}

/**
 * Opens a whole revision. Never throws: hostile bytes give { ok: false }. With `wantKind`, a
 * revision of another kind authenticates its envelope only, and comes back with `json: null`.
 */
export function decodeItemFile(vaultKey: Buffer, place: ItemPlace, bytes: Buffer): DecodeResult;
export function decodeItemFile(
  vaultKey: Buffer,
  place: ItemPlace,
  bytes: Buffer,
  wantKind?: (kind: ItemKind) => boolean,
): DecodeResult | { ok: true; meta: ItemMeta; json: null };
export function decodeItemFile(
  vaultKey: Buffer,
  place: ItemPlace,
  bytes: Buffer,
  wantKind?: (kind: ItemKind) => boolean,
): DecodeResult | { ok: true; meta: ItemMeta; json: null } {
  const head = readItemHead(vaultKey, place, bytes, false);
  if (!head.ok) return head;
  try {
    if (wantKind && !wantKind(head.meta.kind)) return { ok: true, meta: head.meta, json: null };
    const { layout } = head;
    const plain = open(
      head.itemKey,
      layout.bodyNonce!,
      layout.body!,
      bodyAad(layout.version, place, KIND_CODES[head.meta.kind]),
    );
    if (!plain) return { ok: false, problem: 'does not authenticate' };
    const json = unpadBody(plain);
    wipe(plain);
    if (json === null) return { ok: false, problem: 'malformed' };
    return { ok: true, meta: head.meta, json };
  } finally {
    wipe(head.itemKey);
  }
}

/**
 * Same body, new envelope with a new name (or none), the same kind and time: renaming a revision
 * must not re-encrypt (or risk) its content. null when the revision does not open.
 */
export function renameItemFile(
  vaultKey: Buffer,
  place: ItemPlace,
  bytes: Buffer,
  revisionName: string | undefined,
): { bytes: Buffer; meta: ItemMeta } | null {
  const head = readItemHead(vaultKey, place, bytes, false);
  if (!head.ok) return null;
  try {
    const meta: ItemMeta = { kind: head.meta.kind, savedAtMs: head.meta.savedAtMs };
    if (revisionName !== undefined) meta.revisionName = revisionName;
    const envelope = sealEnvelope(vaultKey, place, head.itemKey, meta);
    return { bytes: assemble(FORMAT_VERSION, envelope, head.layout.bodyNonce!, head.layout.body!), meta };
  } finally {
    wipe(head.itemKey);
  }
}

/** Key rotation: decrypt under the old vault key, encrypt under the new one with a fresh item key. */
export function reencryptItemFile(
  oldVaultKey: Buffer,
  newVaultKey: Buffer,
  place: ItemPlace,
  bytes: Buffer,
): Buffer | { problem: ItemProblem } {
  const decoded = decodeItemFile(oldVaultKey, place, bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  return encodeItemFile(newVaultKey, place, decoded.meta, decoded.json!);
}
