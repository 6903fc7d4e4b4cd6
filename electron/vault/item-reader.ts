import path from 'node:path';
import { wipe } from './aead';
import { decodeItemFile, readItemHead as openItemHead, type ItemMeta, type ItemPlace } from './item-file';
import { toRecord, parseJson } from './item-json';
import { isItemId, listRevisions, readItemBytes, readItemHead, revisionFileName } from './layout';
import type { ItemKind, ItemRecord } from './types';
import { activeItems, type VaultState } from './vault-state';
import { vaultErrors } from './vault-errors';

/** null: the revision's envelope does not authenticate. */
export type RevMeta = ItemMeta | null;

/**
 * Reading items' revisions, and what is known of them: revision metadata already read (dates and
 * names, never content) is kept, so saves and history need not decrypt it again.
 */
export class ItemReader {
  private readonly metaCache = new Map<string, Map<number, RevMeta>>();

  place(s: VaultState, id: string, revision: number): ItemPlace {
    return { vaultId: Buffer.from(s.header.vaultId, 'hex'), itemId: Buffer.from(id, 'hex'), revision };
  }

  itemDir(s: VaultState, id: string): string {
    return path.join(activeItems(s), id);
  }

  revisionFile(s: VaultState, id: string, revision: number): string {
    return path.join(this.itemDir(s, id), revisionFileName(revision));
  }

  remember(id: string, revision: number, meta: RevMeta): void {
    let m = this.metaCache.get(id);
    if (!m) {
      m = new Map();
      this.metaCache.set(id, m);
    }
    m.set(revision, meta);
  }

  /** One revision, a whole item, or (after rotation and on close) everything. */
  forget(id?: string, revision?: number): void {
    if (id === undefined) this.metaCache.clear();
    else if (revision === undefined) this.metaCache.delete(id);
    else this.metaCache.get(id)?.delete(revision);
  }

  async metaOf(s: VaultState, id: string, revision: number): Promise<RevMeta> {
    const cached = this.metaCache.get(id)?.get(revision);
    if (cached !== undefined) return cached;
    const bytes = await readItemHead(this.revisionFile(s, id, revision));
    if (!bytes) return null;
    const head = openItemHead(s.vaultKey, this.place(s, id, revision), bytes);
    const meta = head.ok ? head.meta : null;
    // Stryker disable next-line ConditionalExpression: zeroing the item key (`→ true` wipes nothing when there is none) changes nothing a person sees
    if (head.ok) wipe(head.itemKey);
    this.remember(id, revision, meta);
    return meta;
  }

  /** The newest revision that authenticates; older ones stand in for a damaged latest. */
  async readLatest<T>(
    s: VaultState,
    id: string,
    revisions: number[],
    kind?: ItemKind,
  ): Promise<ItemRecord<T> | 'other-kind' | null> {
    for (const revision of revisions) {
      const result = await this.readRevision<T>(s, id, revision, kind);
      if (result !== null) return result;
    }
    return null;
  }

  async readRevision<T>(
    s: VaultState,
    id: string,
    revision: number,
    kind?: ItemKind,
  ): Promise<ItemRecord<T> | 'other-kind' | null> {
    const bytes = await readItemBytes(this.revisionFile(s, id, revision));
    if (!bytes) return null;
    const decoded = decodeItemFile(s.vaultKey, this.place(s, id, revision), bytes, kind && ((k) => k === kind));
    // Stryker disable next-line ConditionalExpression,BlockStatement: without it a failed decode is remembered as unknown (read again) and its missing content parses as nothing: null either way
    if (!decoded.ok) {
      this.remember(id, revision, null);
      return null;
    }
    this.remember(id, revision, decoded.meta);
    if (decoded.json === null) return 'other-kind';
    const parsed = parseJson(decoded.json);
    if (!parsed.ok) return null;
    return toRecord(id, revision, decoded.meta, parsed.value as T);
  }

  /** The item's revisions, newest first; "no such item" when there are none. */
  async revisionsOrThrow(s: VaultState, id: unknown): Promise<number[]> {
    if (!isItemId(id)) throw vaultErrors.noItem();
    const revisions = await listRevisions(this.itemDir(s, id));
    if (!revisions || revisions.length === 0) throw vaultErrors.noItem();
    return revisions;
  }
}
