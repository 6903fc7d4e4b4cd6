import type { ItemRecord, OpenVault } from '../vault/types';
import { applyDelta, deltaOf, isDelta } from './story-delta';
import { storyErrors } from './story-errors';

/** The whole revision a delta was read over: its number and its top-level blocks. */
export interface DeltaBase {
  revision: number;
  blocks: readonly unknown[];
}

/** A stored story revision with its document whole; `base` when it was stored as a delta. */
export interface WholeRevision {
  record: ItemRecord;
  base: DeltaBase | null;
}

/**
 * Reading story revisions as stories, whether stored whole or as a delta over the revision below
 * (story-delta.ts). Every reader of a story's data goes through here; a delta read any other way
 * fails the story schema, so nothing can mistake one for a story with no text.
 */
export interface StoryReader {
  /** The revision whole; null when it is a delta that cannot be read over its base (damaged). */
  whole(record: ItemRecord): Promise<WholeRevision | null>;
  /**
   * The story's newest revision that reads whole: below a damaged delta, the one before it, as the
   * vault itself does for a revision that does not authenticate. Throws not_found or unreadable.
   */
  latest(id: string, known?: ItemRecord): Promise<WholeRevision>;
}

export function createStoryReader(vault: OpenVault): StoryReader {
  const whole = async (record: ItemRecord): Promise<WholeRevision | null> => {
    if (!isDelta(record.data)) return { record, base: null };
    const delta = deltaOf(record.data);
    if (!delta || delta.base >= record.revision) return null;
    const base = await vault.getRevision(record.id, delta.base).catch(() => null);
    if (!base || base.kind !== record.kind || isDelta(base.data)) return null;
    const doc = (base.data as { doc?: unknown } | null)?.doc;
    if (typeof doc !== 'object' || doc === null) return null;
    const blocks = (doc as { content?: unknown }).content ?? [];
    if (!Array.isArray(blocks)) return null;
    const content = applyDelta(blocks, delta);
    if (!content) return null;
    const { docDelta: _delta, ...rest } = record.data as Record<string, unknown>;
    return {
      record: { ...record, data: { ...rest, doc: { ...doc, content } } },
      base: { revision: delta.base, blocks },
    };
  };

  return {
    whole,
    async latest(id, known) {
      const newest = known ?? (await vault.get(id));
      const read = await whole(newest);
      if (read) return read;
      for (const { revision } of await vault.revisions(id)) {
        if (revision >= newest.revision) continue;
        const older = await vault.getRevision(id, revision).catch(() => null);
        const readOlder = older && (await whole(older));
        if (readOlder) return readOlder;
      }
      throw storyErrors.unreadable(id);
    },
  };
}
