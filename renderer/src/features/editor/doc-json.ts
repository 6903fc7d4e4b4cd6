import type { Node as PMNode } from '@tiptap/pm/model';

const jsonByBlock = new WeakMap<PMNode, unknown>();

/**
 * One top-level block as TipTap JSON, turned into JSON once and remembered: ProseMirror shares
 * every unchanged block between versions of the document, so an autosave of a book-length story
 * converts only the paragraphs that changed since the last one. The result is read-only (it is
 * shared with earlier results).
 */
export function blockToJson(block: PMNode): unknown {
  let json = jsonByBlock.get(block);
  if (json === undefined) {
    json = block.toJSON();
    jsonByBlock.set(block, json);
  }
  return json;
}

/** The document's top-level blocks, in order (the same objects from one version to the next when unchanged). */
export function topBlocks(doc: PMNode): PMNode[] {
  const blocks: PMNode[] = [];
  doc.forEach((block) => void blocks.push(block));
  return blocks;
}

/** The document as TipTap JSON, like doc.toJSON(), from the remembered blocks (see blockToJson). */
export function docToJson(doc: PMNode): unknown {
  if (doc.type.name !== 'doc') return doc.toJSON();
  const attrs = Object.keys(doc.attrs).length > 0 ? { attrs: doc.attrs } : {};
  return { type: 'doc', ...attrs, content: topBlocks(doc).map(blockToJson) };
}
