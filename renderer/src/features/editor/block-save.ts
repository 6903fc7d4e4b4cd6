import type { Node as PMNode } from '@tiptap/pm/model';
import { diffBlocks, type BlockPatch } from '../../../../shared/story/block-patch';
import { blockToJson, topBlocks } from './doc-json';

/** What the vault holds after the editor's last save that landed: its revision and the blocks sent. */
export interface SavedBlocks {
  revision: number;
  blocks: readonly PMNode[];
}

/**
 * The blocks of `doc` that changed since `saved`, as a patch of that revision (only those blocks
 * are turned into JSON and sent), or null when the whole document must go: nothing saved yet from
 * this editor (the stored JSON may differ from the editor's own for blocks it never sent), or a
 * document with attributes of its own, which a patch of blocks cannot carry.
 */
export function blockPatchSince(saved: SavedBlocks | null, doc: PMNode): BlockPatch | null {
  if (!saved || doc.type.name !== 'doc' || Object.keys(doc.attrs).length > 0) return null;
  const blocks = topBlocks(doc);
  const { from, remove, insert } = diffBlocks(saved.blocks, blocks);
  return { base: saved.revision, from, remove, insert: insert.map(blockToJson), total: blocks.length };
}
