import type { StoryData } from '../../shared/story/story-data';

/**
 * A story's JSON for the vault as UTF-8 bytes in pieces, exactly the bytes of JSON.stringify's
 * text, built from each top-level block's bytes remembered per block object. The story service
 * keeps every unchanged block as the same frozen object from one save to the next (see
 * freezeBlocks), so the autosave of one paragraph of a book serialises and encodes that paragraph,
 * not the whole book again, and the main process takes less of the CPU the person is typing on.
 */

/** Each block's bytes followed by a comma (half as many pieces as separate commas would make). */
const bytesByBlock = new WeakMap<object, Buffer>();

const utf8Json = (value: unknown, after = '') => Buffer.from(`${JSON.stringify(value) ?? 'null'}${after}`);

/** A frozen block cannot change, so its bytes stay right; any other is serialised every time. */
function blockBytes(block: unknown): Buffer {
  if (typeof block !== 'object' || block === null || !Object.isFrozen(block)) return utf8Json(block, ',');
  let bytes = bytesByBlock.get(block);
  if (bytes === undefined) {
    bytes = utf8Json(block, ',');
    bytesByBlock.set(block, bytes);
  }
  return bytes;
}

/**
 * JSON.stringify(value) of a plain object split around the value of one property: the text before
 * it (up to its key and colon) and after it, the properties in the same order and those that
 * stringify to nothing (undefined) left out the same way.
 */
function around(value: object, key: string): [before: string, after: string] {
  let before = '{';
  let after = '';
  let seen = false;
  for (const [k, v] of Object.entries(value)) {
    const json = k === key ? '' : (JSON.stringify(v) as string | undefined);
    if (json === undefined) continue;
    const part = `${before === '{' ? '' : ','}${JSON.stringify(k)}:${json}`;
    if (seen) after += part;
    else before += part;
    if (k === key) seen = true;
  }
  return [before, `${after}}`];
}

/** The UTF-8 bytes of JSON.stringify(data), in pieces; the unchanged blocks' bytes as remembered. */
export function storyJson(data: StoryData): Buffer[] {
  const { doc } = data;
  const blocks = doc.content;
  // Anything with its own toJSON is left to JSON.stringify (stored stories are plain data).
  if (!Array.isArray(blocks) || 'toJSON' in data || 'toJSON' in doc || 'toJSON' in blocks) return [utf8Json(data)];
  const [dataBefore, dataAfter] = around(data, 'doc');
  const [docBefore, docAfter] = around(doc, 'content');
  return [Buffer.from(`${dataBefore}${docBefore}[`), ...blockPieces(blocks), Buffer.from(`]${docAfter}${dataAfter}`)];
}

/** The bytes of a list of blocks between its brackets, comma-separated, as remembered per block. */
export function blockPieces(blocks: readonly unknown[]): Buffer[] {
  const out = blocks.map(blockBytes);
  // The last block without its comma: a view of the same bytes, not a copy.
  if (out.length > 0) out.push(out.pop()!.subarray(0, -1));
  return out;
}

/** Whether two stored blocks are the same: the same object, or the same JSON (bytes remembered per block). */
export const sameBlock = (a: unknown, b: unknown): boolean => a === b || blockBytes(a).equals(blockBytes(b));
