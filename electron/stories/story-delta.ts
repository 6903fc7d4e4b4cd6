import { z } from 'zod';
import type { BlockNode } from '../../shared/story/doc-types';
import type { StoryData } from '../../shared/story/story-data';
import { blockPieces } from './story-json';

/**
 * An autosave's revision stored as a delta: the story's fields as they are, and instead of the
 * whole document, the run of top-level blocks that differs from the revision directly below it
 * (its base, always a whole document). A sitting's autosaves then write the paragraphs typed in
 * that sitting, not the whole book at every pause (#21, decision 0017).
 *
 * The story service keeps one rule that makes a delta safe to read for as long as it exists: a
 * delta is only ever the story's latest revision, with its base directly below it. Each autosave of
 * the same sitting replaces the delta before it (same base); anything else written over a delta
 * first writes that delta whole again, keeping its time, in its place. So retention, names and
 * restores only ever meet whole revisions below the latest.
 */
export interface DocDelta {
  /** The revision this delta is read over. */
  base: number;
  /** The first block of the base that differs, */
  from: number;
  /** how many of the base's blocks from there are replaced, */
  remove: number;
  /** and the blocks that take their place. */
  insert: readonly BlockNode[];
}

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** The delta's shape only: the document it makes is checked whole, like any stored story. */
const deltaShape = z.object({
  base: count.min(1),
  from: count,
  remove: count,
  insert: z.array(z.unknown()),
});

/** The delta a stored revision holds, or null when it holds a whole document (or no valid delta). */
export function deltaOf(data: unknown): DocDelta | null {
  if (typeof data !== 'object' || data === null || !('docDelta' in data)) return null;
  const parsed = deltaShape.safeParse(data.docDelta);
  return parsed.success ? (parsed.data as DocDelta) : null;
}

/** Whether a stored revision is a delta (even a malformed one, which then reads as damaged). */
export const isDelta = (data: unknown): boolean => typeof data === 'object' && data !== null && 'docDelta' in data;

/**
 * The blocks that differ between a base and the document now, as one run: the blocks before it and
 * after it are the same in both, compared as objects first (the service keeps unchanged blocks as
 * the same frozen objects) and else by their JSON.
 */
export function deltaBetween(
  base: readonly BlockNode[],
  blocks: readonly BlockNode[],
  same: (a: BlockNode, b: BlockNode) => boolean,
): Omit<DocDelta, 'base'> {
  const max = Math.min(base.length, blocks.length);
  let from = 0;
  while (from < max && same(base[from]!, blocks[from]!)) from++;
  let tail = 0;
  while (tail < max - from && same(base[base.length - 1 - tail]!, blocks[blocks.length - 1 - tail]!)) tail++;
  return { from, remove: base.length - from - tail, insert: blocks.slice(from, blocks.length - tail) };
}

/** The blocks a delta makes of its base's, or null when it does not fit them. */
export function applyDelta(base: readonly unknown[], delta: Omit<DocDelta, 'base'>): unknown[] | null {
  if (delta.from + delta.remove > base.length) return null;
  return [...base.slice(0, delta.from), ...delta.insert, ...base.slice(delta.from + delta.remove)];
}

/**
 * The UTF-8 bytes of JSON.stringify of a delta revision's data, in pieces: the inserted blocks'
 * bytes as remembered per frozen block (story-json.ts), the rest serialised now (it is small).
 */
export function deltaJson(rest: Omit<StoryData, 'doc'>, delta: DocDelta): Buffer[] {
  const { insert, ...where } = delta;
  // `insert` is the last key of `docDelta`, itself the last key: the text ends `"insert":[]}}`.
  const empty = JSON.stringify({ ...rest, docDelta: { ...where, insert: [] } });
  return [Buffer.from(empty.slice(0, -3)), ...blockPieces(insert), Buffer.from(empty.slice(-3))];
}
