import { z } from 'zod';
import { storyDataSchema } from '../../shared/story/story-data';
import { toStory, toSummary, type StorySummary } from '../../shared/story/story-summary';
import { Mutex } from '../vault/mutex';
import type { ItemHead, ItemRecord, OpenVault } from '../vault/types';

/** The vault cache that holds the library's lines (see electron/vault/cache-file.ts). */
export const SUMMARY_CACHE = 'story-summaries';
/** Above this many items to read, one vault.list (parallel reads) beats reading them one by one. */
const BULK_READ_AT = 24;

const isoTime = z.string().max(64);
const summarySchema = z.object({
  id: z.string(),
  title: z.string(),
  tags: z.array(z.string()),
  updatedAt: isoTime,
  wordCount: z.number().int().min(0),
  trashedAt: isoTime.nullable(),
  revision: z.number().int().min(1),
});
/** head: the item's newest revision file when this was read; story: null for items of other kinds. */
const entrySchema = z.object({ head: z.number().int().min(1), story: summarySchema.nullable() });
const cacheSchema = z.object({ v: z.literal(1), items: z.record(z.string(), entrySchema) });

type Entry = z.infer<typeof entrySchema>;

export interface SummaryIndex {
  /** Every story's summary, trash included, in no particular order; brought up to date with the vault first. */
  all(): Promise<StorySummary[]>;
  /**
   * A story was committed (created, saved, renamed, trashed or restored). An autosave's summary is
   * only remembered (`deferred`): the cache is written at the next other change, listing or flush.
   */
  record(summary: StorySummary, opts?: { deferred?: boolean }): Promise<void>;
  /** A story was removed for good. */
  forget(id: string): Promise<void>;
  /** Writes what was remembered since the cache was last written (before the vault locks). */
  flush(): Promise<void>;
}

function summaryOf(record: ItemRecord): StorySummary | null {
  if (record.kind !== 'story') return null;
  const parsed = storyDataSchema.safeParse(record.data);
  // Unreadable data cannot be shown as a story; `harbor vault verify` and get() report it.
  return parsed.success ? toSummary(toStory(record.id, record.revision, parsed.data)) : null;
}

/**
 * The library's list of stories without decrypting every story: title, last edited, word count,
 * tags and trash state per story, kept in an encrypted vault cache and updated on every commit.
 * An autosave's change is written later, with the next other change, listing or the lock: the
 * editor saves at every pause in typing, and the cache's encryption and write then competed with
 * the keys typed next, for a cache that a crash may leave stale anyway. It is never trusted
 * blindly: each listing compares it with the vault's revision numbers (a directory listing) and
 * reads again any item that changed behind its back (a crash before the cache write, the command
 * line, a restored backup); a cache that is missing or damaged is rebuilt from the stories.
 */
/**
 * `whole`: a story record as read from the vault with its document whole (a delta read over its
 * base, see stored-story.ts), or null when it cannot be read.
 */
export function createSummaryIndex(
  vault: OpenVault,
  whole: (record: ItemRecord) => Promise<ItemRecord | null>,
): SummaryIndex {
  const lock = new Mutex();
  let entries: Map<string, Entry> | null = null;
  let writing: Promise<void> | null = null;
  let dirty = false;
  /** Changes remembered in `entries` and not yet written. */
  let unwritten = false;

  const load = async (): Promise<Map<string, Entry>> => {
    if (entries) return entries;
    const parsed = cacheSchema.safeParse(await vault.readCache(SUMMARY_CACHE).catch(() => null));
    entries = new Map(parsed.success ? Object.entries(parsed.data.items) : []);
    return entries;
  };

  /** Writes are folded: while one is on its way, later changes wait and go out together. */
  const persist = (): Promise<void> => {
    dirty = true;
    unwritten = false;
    if (writing) return writing;
    writing = (async () => {
      while (dirty && entries) {
        dirty = false;
        const items = Object.fromEntries(entries);
        // A failed write costs only speed: the next listing reads what changed.
        await vault.writeCache(SUMMARY_CACHE, { v: 1, items }).catch(() => undefined);
      }
      writing = null;
    })();
    return writing;
  };

  const refresh = async (map: Map<string, Entry>): Promise<boolean> => {
    const heads = await vault.heads();
    const present = new Set(heads.map((h) => h.id));
    let changed = false;
    for (const id of [...map.keys()]) {
      if (!present.has(id)) {
        map.delete(id);
        changed = true;
      }
    }
    const stale = heads.filter((h) => map.get(h.id)?.head !== h.revision);
    if (stale.length === 0) return changed;
    const set = async (head: ItemHead, record: ItemRecord | null) => {
      const read = record ? await whole(record) : null;
      map.set(head.id, { head: head.revision, story: read ? summaryOf(read) : null });
    };
    if (stale.length >= BULK_READ_AT) {
      const read = new Map((await vault.list('story')).map((r) => [r.id, r]));
      // Items of other kinds (or unreadable ones) are remembered as such until they change.
      for (const head of stale) await set(head, read.get(head.id) ?? null);
    } else {
      for (const head of stale) await set(head, await vault.get(head.id).catch(() => null));
    }
    return true;
  };

  return {
    all: () =>
      lock.run(async () => {
        const map = await load();
        if ((await refresh(map)) || unwritten) void persist();
        return [...map.values()].flatMap((e) => (e.story ? [e.story] : []));
      }),

    record: (summary, opts) =>
      lock.run(async () => {
        const map = await load();
        const known = map.get(summary.id);
        if (known && known.head > summary.revision) return;
        map.set(summary.id, { head: summary.revision, story: summary });
        if (opts?.deferred) unwritten = true;
        else await persist();
      }),

    forget: (id) =>
      lock.run(async () => {
        const map = await load();
        if (map.delete(id)) await persist();
      }),

    flush: () => lock.run(async () => (unwritten ? persist() : (writing ?? undefined))),
  };
}
