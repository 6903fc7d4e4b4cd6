import type { z } from 'zod';
import { isHarborId } from '../../shared/core/ids';
import type { ErrorMessage } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';
import { createKeyedQueue } from '../stories/keyed-queue';
import type { ItemKind, ItemRecord, OpenVault } from '../vault/types';

/** What every document-like item keeps besides its own fields: when it changed and whether it is in the trash. */
export interface DatedItemData {
  updatedAt: string;
  trashedAt: string | null;
}

/** An item as a service hands it out: its vault id and revision with its parsed data. */
export type VaultItem<D> = { id: string; revision: number } & D;

/** What a save answers: the revision now current and when it changed (unchanged when nothing did). */
export interface ItemSaved {
  id: string;
  revision: number;
  updatedAt: string;
}

/** One kind of item: its vault kind, its schema, and the words for the ways reaching it can fail. */
export interface ItemKindRules<D extends DatedItemData> {
  kind: ItemKind;
  schema: z.ZodType<D>;
  notFound: ErrorMessage;
  unreadable: ErrorMessage;
  notInTrash: ErrorMessage;
}

/**
 * The part every service of a document-like item (a campaign, a testimony) shares over the vault:
 * every write parsed with the kind's schema, every read parsed again, an id that is not Harbor's
 * or names another kind read as "not found", and changes to one item run one after another so an
 * autosave and a rename cannot each start from the same revision and lose one.
 */
export function createVaultItemStore<D extends DatedItemData>(
  vault: OpenVault,
  rules: ItemKindRules<D>,
  opts: { now?: () => Date } = {},
) {
  type Item = VaultItem<D>;
  const serial = createKeyedQueue();
  const now = () => (opts.now ?? (() => new Date()))().toISOString();
  const notFound = () => new HarborError('not_found', rules.notFound);
  const checkedId = (id: string) => {
    if (!isHarborId(id)) throw notFound();
    return id;
  };
  const itemOf = (record: ItemRecord): Item => {
    if (record.kind !== rules.kind) throw notFound();
    const parsed = rules.schema.safeParse(record.data);
    if (!parsed.success) throw new HarborError('integrity', rules.unreadable);
    return { id: record.id, revision: record.revision, ...parsed.data };
  };
  const load = async (id: string): Promise<Item> => {
    try {
      return itemOf(await vault.get(checkedId(id)));
    } catch (error) {
      if (error instanceof HarborError && error.code === 'not_found') throw notFound();
      throw error;
    }
  };
  const dataOf = (item: Item): D => {
    const { id: _id, revision: _revision, ...data } = item;
    return data as unknown as D;
  };
  const commit = async (item: Item, data: D): Promise<Item> => {
    const record = await vault.put<D>(item.id, rules.schema.parse(data));
    return { id: record.id, revision: record.revision, ...data };
  };

  return {
    serial,
    now,
    checkedId,
    load,
    dataOf,
    commit,

    /** Every item of the kind that reads, newest change first (a damaged one is left out; the integrity check names it). */
    async all(options: { includeTrashed?: boolean } = {}): Promise<Item[]> {
      const out: Item[] = [];
      for (const record of await vault.list(rules.kind)) {
        const parsed = rules.schema.safeParse(record.data);
        if (!parsed.success) continue;
        if (parsed.data.trashedAt !== null && !options.includeTrashed) continue;
        out.push({ id: record.id, revision: record.revision, ...parsed.data });
      }
      return out.sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id),
      );
    },

    async create(data: D): Promise<Item> {
      const record = await vault.create<D>(rules.kind, rules.schema.parse(data));
      return { id: record.id, revision: record.revision, ...data };
    },

    /**
     * Writes the changes as a new revision, checked by `check` first; nothing is written (and the
     * revision stays) when they change nothing.
     */
    async save(id: string, changes: Partial<D>, check: (after: D) => void = () => undefined): Promise<ItemSaved> {
      return serial(checkedId(id), async () => {
        const current = await load(id);
        const before = dataOf(current);
        const after: D = { ...before, ...changes };
        if (JSON.stringify(before) === JSON.stringify(after))
          return { id, revision: current.revision, updatedAt: current.updatedAt };
        check(after);
        const saved = await commit(current, { ...after, updatedAt: now() });
        return { id, revision: saved.revision, updatedAt: saved.updatedAt };
      });
    },

    async setTrashed(id: string, trashed: boolean): Promise<void> {
      await serial(checkedId(id), async () => {
        const current = await load(id);
        if ((current.trashedAt !== null) === trashed) return;
        await commit(current, { ...dataOf(current), trashedAt: trashed ? now() : null });
      });
    },

    /** Deletes for good; only what is already in the trash. */
    async destroy(id: string): Promise<void> {
      const current = await load(id);
      if (current.trashedAt === null) throw new HarborError('forbidden', rules.notInTrash);
      await vault.destroy(current.id);
    },
  };
}
