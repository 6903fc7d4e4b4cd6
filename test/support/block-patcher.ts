import type { StoryService } from '../../electron/stories/story-service';
import type { BlockNode } from '../../shared/story/doc-types';

/**
 * Sends block patches to a story as the editor's autosave does (one sitting), and keeps the blocks
 * the story should now hold, for the test to compare with.
 */
export function blockPatcher(stories: StoryService, id: string, start: { revision: number; blocks: BlockNode[] }) {
  let revision = start.revision;
  let blocks = [...start.blocks];
  /** Replaces `remove` blocks at `from` with `insert`. */
  const patch = async (from: number, remove: number, insert: unknown[]) => {
    const total = blocks.length - remove + insert.length;
    const saved = await stories.update(
      id,
      { blocks: { base: revision, from, remove, insert, total } },
      { autosave: true, sitting: 'sitting-1' },
    );
    revision = saved.revision;
    blocks = [...blocks.slice(0, from), ...(insert as BlockNode[]), ...blocks.slice(from + remove)];
    return saved;
  };
  return { patch, blocks: () => blocks };
}
