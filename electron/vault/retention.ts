import { VERSIONED_KINDS } from './constants';
import type { ItemKind } from './types';

/**
 * Which old revisions to delete after a save. A survivor's story is edited over months and years;
 * every autosave kept forever would be too much, too few would lose drafts she may want back:
 *
 *  - named revisions are kept forever;
 *  - the latest 20 unnamed revisions are kept;
 *  - older unnamed ones are thinned: one per hour for those saved in the last 24 hours, one per
 *    (UTC) day for anything older. In each hour or day the newest revision survives, since it holds
 *    everything written in that span.
 *  - kinds other than story and testimony keep only their latest revision.
 */

export const RETENTION = Object.freeze({
  keepLatestUnnamed: 20,
  hourlyWindowMs: 24 * 60 * 60 * 1000,
  hourMs: 60 * 60 * 1000,
  dayMs: 24 * 60 * 60 * 1000,
});

export interface RetentionEntry {
  revision: number;
  savedAtMs: number;
  named: boolean;
}

/** Pure: given the good revisions of one item, the revision numbers to delete. */
export function revisionsToDelete(kind: ItemKind, entries: readonly RetentionEntry[], nowMs: number): number[] {
  const newestFirst = [...entries].sort((a, b) => b.revision - a.revision);
  if (!VERSIONED_KINDS.has(kind)) return newestFirst.slice(1).map((e) => e.revision);

  const doomed: number[] = [];
  const seenBuckets = new Set<string>();
  let unnamedSeen = 0;
  for (const entry of newestFirst) {
    if (entry.named) continue;
    unnamedSeen++;
    if (unnamedSeen <= RETENTION.keepLatestUnnamed) continue;
    const bucket =
      nowMs - entry.savedAtMs < RETENTION.hourlyWindowMs
        ? `h${Math.floor(entry.savedAtMs / RETENTION.hourMs)}`
        : `d${Math.floor(entry.savedAtMs / RETENTION.dayMs)}`;
    if (seenBuckets.has(bucket)) doomed.push(entry.revision);
    else seenBuckets.add(bucket);
  }
  return doomed;
}
