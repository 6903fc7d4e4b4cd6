import type { Node as PMNode } from '@tiptap/pm/model';

const jsonByBlock = new WeakMap<PMNode, unknown>();

/**
 * The document as TipTap JSON, like doc.toJSON(), but each top-level block is turned into JSON
 * once and remembered: ProseMirror shares every unchanged block between versions of the document,
 * so an autosave of a book-length story converts only the paragraphs that changed since the last
 * one. The result is read-only (it shares objects with earlier results).
 */
export function docToJson(doc: PMNode): unknown {
  if (doc.type.name !== 'doc') return doc.toJSON();
  const content: unknown[] = [];
  doc.forEach((block) => {
    let json = jsonByBlock.get(block);
    if (json === undefined) {
      json = block.toJSON();
      jsonByBlock.set(block, json);
    }
    content.push(json);
  });
  const attrs = Object.keys(doc.attrs).length > 0 ? { attrs: doc.attrs } : {};
  return { type: 'doc', ...attrs, content };
}
