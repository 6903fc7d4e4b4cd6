/**
 * A save that carries only the top-level blocks that changed since the last save: the editor sends
 * which run of blocks to replace and with what, the main process applies it to the stored document.
 * Saving a book-length story then costs the editor the paragraphs being written, not the whole
 * book, so typing does not stall while a save is in flight.
 */

/** Replace `remove` blocks from `from` with `insert`, in the document stored as revision `base`. */
export interface BlockPatch<B = unknown> {
  /** The stored revision the patch was made against; any other revision refuses it. */
  base: number;
  from: number;
  remove: number;
  insert: B[];
  /** How many blocks the document has afterwards (a check that both sides agree). */
  total: number;
}

/**
 * The smallest single run of blocks that differs between `before` and `after`, compared by
 * identity (ProseMirror keeps every unchanged block as the same object between versions of a
 * document). Equal lists give an empty patch (remove 0, insert none).
 */
export function diffBlocks<B>(
  before: readonly B[],
  after: readonly B[],
): { from: number; remove: number; insert: B[] } {
  let from = 0;
  const shorter = Math.min(before.length, after.length);
  while (from < shorter && before[from] === after[from]) from++;
  let tail = 0;
  while (tail < shorter - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { from, remove: before.length - from - tail, insert: after.slice(from, after.length - tail) };
}

/**
 * The stored blocks with the patch applied, or null when the patch does not fit them (made against
 * another revision, a range outside the document, or a total that does not add up): the editor
 * then sends the whole document instead.
 */
export function applyBlockPatch<B>(stored: readonly B[], revision: number, patch: BlockPatch<B>): B[] | null {
  if (patch.base !== revision) return null;
  if (![patch.from, patch.remove].every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
  if (patch.from + patch.remove > stored.length) return null;
  if (stored.length - patch.remove + patch.insert.length !== patch.total) return null;
  return [...stored.slice(0, patch.from), ...patch.insert, ...stored.slice(patch.from + patch.remove)];
}
