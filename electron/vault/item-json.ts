import { MAX_ITEM_JSON_BYTES, MAX_REVISION_NAME_CHARS } from './constants';
import type { ItemMeta } from './item-file';
import type { ItemRecord, SavedRevision } from './types';
import { vaultErrors } from './vault-errors';

/** What an item's data may be: JSON, within the size the vault reads back. */
export function toJson(data: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    // A cycle or a BigInt: not storable, like undefined or a function (which stringify to undefined).
  }
  if (json === undefined) {
    throw vaultErrors.invalid('vault.notStorable');
  }
  if (Buffer.byteLength(json, 'utf8') > MAX_ITEM_JSON_BYTES) {
    throw vaultErrors.invalid('vault.itemTooLarge');
  }
  return json;
}

/**
 * Data its owner serialised itself, as UTF-8 pieces of its JSON text (see OpenVault.putJson):
 * within the size the vault reads back.
 */
export function checkJsonBytes(utf8: readonly Uint8Array[]): readonly Uint8Array[] {
  if (!Array.isArray(utf8)) throw vaultErrors.invalid('vault.notStorable');
  let bytes = 0;
  for (const piece of utf8) {
    if (!(piece instanceof Uint8Array)) throw vaultErrors.invalid('vault.notStorable');
    bytes += piece.length;
  }
  if (bytes > MAX_ITEM_JSON_BYTES) throw vaultErrors.invalid('vault.itemTooLarge');
  return utf8;
}

export function parseJson(json: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false };
  }
}

/** A revision's name as the person gave it, trimmed; refused when empty or too long. */
export function checkRevisionName(name: unknown): string {
  if (typeof name !== 'string') throw vaultErrors.invalid('vault.revisionNameNotText');
  const trimmed = name.trim();
  if (trimmed.length === 0) throw vaultErrors.invalid('vault.revisionNameEmpty');
  // 200 UTF-16 units are at most 600 UTF-8 bytes: always within the item envelope's 800.
  if (trimmed.length > MAX_REVISION_NAME_CHARS) {
    throw vaultErrors.invalid({ key: 'vault.revisionNameTooLong', params: { max: MAX_REVISION_NAME_CHARS } });
  }
  return trimmed;
}

/** A committed revision as the vault reports it to a writer that needs no data back. */
export function toSaved(id: string, revision: number, meta: ItemMeta): SavedRevision {
  const out: SavedRevision = { id, kind: meta.kind, revision, savedAt: new Date(meta.savedAtMs).toISOString() };
  if (meta.revisionName !== undefined) out.revisionName = meta.revisionName;
  return out;
}

export function toRecord<T>(id: string, revision: number, meta: ItemMeta, data: T): ItemRecord<T> {
  const out: ItemRecord<T> = { id, kind: meta.kind, revision, savedAt: new Date(meta.savedAtMs).toISOString(), data };
  // Stryker disable next-line ConditionalExpression: a name of undefined is left out of the record by every reader alike (JSON, structured clone, toEqual)
  if (meta.revisionName !== undefined) out.revisionName = meta.revisionName;
  return out;
}
