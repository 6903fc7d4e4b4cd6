/**
 * Autosave runs about a second after typing stops, so one sitting would leave dozens of revisions
 * a second apart. Instead, within a sitting each autosave replaces the autosave before it, and
 * the history keeps one version per sitting (or per quarter hour of a long one):
 *
 *  - only an autosave replaces, and only an autosave is replaced: a new story's first revision,
 *    an import, a restored version and the revision saved just before it, trash and restore, and
 *    a save made as a checkpoint are all kept as they are;
 *  - the replaced revision must be the story's latest, made by the same sitting (this unlock), at
 *    most `gapMs` before; a pause longer than that starts a new version;
 *  - a named revision is never replaced (the vault checks the name again as it commits);
 *  - a sitting's revision stops absorbing saves `spanMs` after it began, so a long sitting still
 *    leaves points to go back to.
 */
export const SITTING = Object.freeze({ gapMs: 5 * 60_000, spanMs: 15 * 60_000 });

export interface Sitting {
  /** The revision the latest autosave of this sitting made. */
  revision: number;
  startedAtMs: number;
  savedAtMs: number;
}

/** Pure: the revision an autosave committed on top of `latestRevision` may replace, if any. */
export function revisionToReplace(
  sitting: Sitting | undefined,
  latestRevision: number,
  nowMs: number,
): number | undefined {
  if (!sitting || sitting.revision !== latestRevision) return undefined;
  if (nowMs - sitting.savedAtMs > SITTING.gapMs || nowMs - sitting.startedAtMs >= SITTING.spanMs) return undefined;
  return latestRevision;
}

/** The sitting after an autosave made `revision` (replacing `replaced`, or not). */
export function nextSitting(sitting: Sitting | undefined, revision: number, replaced: boolean, nowMs: number): Sitting {
  return { revision, startedAtMs: replaced && sitting ? sitting.startedAtMs : nowMs, savedAtMs: nowMs };
}
