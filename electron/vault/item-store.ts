import path from 'node:path';
import { randomBytes } from './aead';
import { fsyncDir, makeDir, tempName, writeFileAtomic } from '../platform/atomic-write';
import { KINDS, MAX_REVISION } from './constants';
import { encodeItemFile, type ItemJson, type ItemMeta } from './item-file';
import { checkJsonBytes, checkRevisionName, toJson, toRecord, toSaved } from './item-json';
import { ItemReader } from './item-reader';
import { isItemId, listItemIds, listRevisions } from './layout';
import { mapLimit } from './mutex';
import { RevisionHistory } from './revision-history';
import type { ItemHead, ItemKind, ItemRecord, PutOptions, SavedRevision } from './types';
import { activeItems, durable, type VaultState } from './vault-state';
import { vaultErrors } from './vault-errors';

/** The vault's items: listed, read, created, saved as new revisions (with their history), destroyed. */
export class ItemStore {
  readonly reader = new ItemReader();
  readonly history = new RevisionHistory(this.reader);

  async list<T>(s: VaultState, kind?: ItemKind): Promise<ItemRecord<T>[]> {
    if (kind !== undefined && !KINDS.includes(kind)) throw vaultErrors.invalid('vault.unknownKind');
    const ids = await listItemIds(activeItems(s));
    const found = await mapLimit(ids, 16, async (id) => {
      const revisions = await listRevisions(this.reader.itemDir(s, id));
      return revisions ? this.reader.readLatest<T>(s, id, revisions, kind) : null;
    });
    const records = found.filter((r): r is ItemRecord<T> => r !== null && r !== 'other-kind');
    // Newest first. The ids come sorted from listItemIds and the sort is stable, so those saved in the
    // same moment stay in id order.
    return records.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  }

  async heads(s: VaultState): Promise<ItemHead[]> {
    const ids = await listItemIds(activeItems(s));
    const found = await mapLimit(ids, 16, async (id) => {
      const revisions = await listRevisions(this.reader.itemDir(s, id));
      return revisions?.length ? { id, revision: revisions[0]! } : null;
    });
    return found.filter((h): h is ItemHead => h !== null);
  }

  async get<T>(s: VaultState, id: string): Promise<ItemRecord<T>> {
    const revisions = await this.reader.revisionsOrThrow(s, id);
    const latest = await this.reader.readLatest<T>(s, id, revisions);
    if (latest === null) throw vaultErrors.itemDamaged([id]);
    // Stryker disable next-line ConditionalExpression,StringLiteral: read without a kind, a version is never of another kind; the test narrows the type
    if (latest === 'other-kind') throw vaultErrors.itemDamaged([id]);
    return latest;
  }

  async create<T>(s: VaultState, kind: ItemKind, data: T): Promise<ItemRecord<T>> {
    if (!KINDS.includes(kind)) throw vaultErrors.invalid('vault.unknownKind');
    const json = toJson(data);
    await s.lock.assertHeld();
    const id = randomBytes(16).toString('hex');
    await makeDir(this.reader.itemDir(s, id), durable(s));
    const meta: ItemMeta = { kind, savedAtMs: Date.now() };
    await this.commit(s, id, 1, meta, json);
    return toRecord(id, 1, meta, JSON.parse(json) as T);
  }

  async put<T>(s: VaultState, id: string, data: T, opts?: PutOptions): Promise<ItemRecord<T>> {
    const { revision, meta, json } = await this.commitNext(s, id, () => toJson(data), opts);
    return toRecord(id, revision, meta, JSON.parse(json) as T);
  }

  /** put() of JSON its owner serialised (see OpenVault.putJson): nothing is parsed back. */
  async putJson(s: VaultState, id: string, utf8: readonly Uint8Array[], opts?: PutOptions): Promise<SavedRevision> {
    const { revision, meta } = await this.commitNext(s, id, () => checkJsonBytes(utf8), opts);
    return toSaved(id, revision, meta);
  }

  /** Commits the next revision of an item; `serialise` runs once the item is known to exist. */
  private async commitNext<J extends ItemJson>(s: VaultState, id: string, serialise: () => J, opts?: PutOptions) {
    const revisions = await this.reader.revisionsOrThrow(s, id);
    const json = serialise();
    const name = opts?.revisionName === undefined ? undefined : checkRevisionName(opts.revisionName);
    let kind: ItemKind | null = null;
    for (const r of revisions) {
      const meta = await this.reader.metaOf(s, id, r);
      if (meta) {
        kind = meta.kind;
        break;
      }
    }
    if (!kind) throw vaultErrors.itemDamaged([id]);
    // Above every file present, damaged ones included: a commit never overwrites anything.
    const revision = revisions[0]! + 1;
    if (revision > MAX_REVISION) throw vaultErrors.invalid('vault.tooManyRevisions');
    await s.lock.assertHeld();
    const replaced =
      opts?.keepTime === true && opts.supersede === revisions[0]
        ? await this.reader.metaOf(s, id, revisions[0]!)
        : null;
    const meta: ItemMeta = { kind, savedAtMs: replaced ? replaced.savedAtMs : Date.now() };
    // Stryker disable next-line ConditionalExpression: a name of undefined is left out of the envelope and the record alike
    if (name !== undefined) meta.revisionName = name;
    await this.commit(s, id, revision, meta, json);
    const superseded = await this.history.supersede(s, id, revisions, opts?.supersede);
    // Stryker disable next-line MethodExpression: the replaced version, gone from disk, reads as nothing to retention, which then leaves it out
    const kept = superseded ? revisions.slice(1) : revisions;
    await this.history.applyRetention(s, id, kind, [revision, ...kept]);
    return { revision, meta, json };
  }

  private async commit(s: VaultState, id: string, revision: number, meta: ItemMeta, json: ItemJson): Promise<void> {
    const bytes = encodeItemFile(s.vaultKey, this.reader.place(s, id, revision), meta, json);
    await writeFileAtomic(this.reader.revisionFile(s, id, revision), bytes, durable(s));
    this.reader.remember(id, revision, meta);
  }

  async destroy(s: VaultState, id: string): Promise<void> {
    if (!isItemId(id)) throw vaultErrors.noItem();
    await s.lock.assertHeld();
    const items = activeItems(s);
    // Renamed away first, so the item vanishes at once even if deleting its files is cut short.
    const doomed = path.join(items, tempName());
    try {
      await s.fs.rename(path.join(items, id), doomed);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw vaultErrors.noItem();
      throw error;
    }
    await fsyncDir(items, s.fs);
    this.reader.forget(id);
    await s.fs.rm(doomed, {
      recursive: true,
      // Stryker disable next-line BooleanLiteral: the folder was just renamed under the vault's lock; force only spares an error if something else removed it meanwhile
      force: true,
    });
  }
}
