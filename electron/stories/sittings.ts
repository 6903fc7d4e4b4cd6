/**
 * Autosave runs about a second after typing stops, so one sitting would leave dozens of revisions
 * a second apart. Instead, within a sitting each autosave replaces the autosave before it, and
 * the history keeps one version per sitting (or per quarter hour of a long one).
 *
 * A sitting is one stretch of writing with the story open: the editor names it (`sitting`, a
 * random id made when the story opens), so leaving the story and coming back, locking, or a pause
 * of more than `gapMs` each start a new one. Before sittings were named, an autosave folded into
 * any autosave of the same unlock less than five minutes old: writing, going back to the library
 * and writing again left one version for all of it.
 *
 *  - only an autosave replaces, and only an autosave is replaced: an import, a restored version
 *    and the revision saved just before it, trash and restore, and a save made as a checkpoint
 *    (before a large paste) are all kept as they are;
 *  - the replaced revision must be the story's latest, made by the same sitting, at most `gapMs`
 *    before; a pause longer than that starts a new version;
 *  - a named revision is never replaced (the vault checks the name again as it commits);
 *  - a sitting's revision stops absorbing saves `spanMs` after it began, so a long sitting still
 *    leaves points to go back to;
 *  - a new story's first revision, when it holds no words, is not a version of anything: the
 *    first sitting's autosave takes its place, so the history starts with what was written.
 */
export const SITTING = Object.freeze({ gapMs: 5 * 60_000, spanMs: 15 * 60_000 });

export interface Sitting {
  /** The editor's name for this sitting; undefined for saves that did not name one. */
  id: string | undefined;
  /** The revision the latest autosave of this sitting made. */
  revision: number;
  startedAtMs: number;
  savedAtMs: number;
}

/** What an autosave knows about the story it is saved over. */
export interface Latest {
  revision: number;
  /** The latest revision is the story's first and has no words in it (title, text or notes). */
  emptyFirst: boolean;
}

/** Pure: the revision an autosave of sitting `sittingId` committed on top of `latest` may replace, if any. */
export function revisionToReplace(
  sitting: Sitting | undefined,
  latest: Latest,
  nowMs: number,
  sittingId: string | undefined,
): number | undefined {
  if (latest.emptyFirst && latest.revision === 1) return 1;
  if (!sitting || sitting.revision !== latest.revision || sitting.id !== sittingId) return undefined;
  if (nowMs - sitting.savedAtMs > SITTING.gapMs || nowMs - sitting.startedAtMs >= SITTING.spanMs) return undefined;
  return latest.revision;
}

/** The sitting after an autosave of `sittingId` made `revision` (replacing the sitting's previous one, or not). */
export function nextSitting(
  sitting: Sitting | undefined,
  sittingId: string | undefined,
  revision: number,
  replaced: boolean,
  nowMs: number,
): Sitting {
  const continues = replaced && sitting !== undefined && sitting.id === sittingId;
  return { id: sittingId, revision, startedAtMs: continues ? sitting.startedAtMs : nowMs, savedAtMs: nowMs };
}
