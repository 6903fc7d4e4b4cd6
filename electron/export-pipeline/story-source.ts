import { checkBlocks, unmarkedCandidates } from '../../shared/consent/unmarked-check';
import { HarborError } from '../../shared/errors';
import { registerFromDoc } from '../../shared/story/detail-register';
import type { Story } from '../../shared/story/story-summary';
import { createStoryService } from '../stories/story-service';
import { AUTHOR_SLOT, type ResolvedSource, type SourceResolver } from './source-resolver';

/** A story exports as itself: its text under the grant, with a byline, quoting only itself. */
export const storySource: SourceResolver = async (vault, id) => storySourceOf(await createStoryService(vault).get(id));

/** The same, for a story already read from the vault (the command line reads it for its title). */
export function storySourceOf(story: Story): ResolvedSource {
  if (story.trashedAt) {
    throw new HarborError('not_found', 'export.storyInTrash');
  }
  return {
    body: { doc: story.doc },
    registers: [registerFromDoc(story.doc, story.details)],
    quotedSourceIds: [story.id],
    // Pages 2 on name the story by its printed title and the writer as the consent does, like the byline.
    runningHeader: AUTHOR_SLOT,
    titleInRunningHeader: true,
    fileStem: 'story',
    undecided: (lang, handled) =>
      unmarkedCandidates(checkBlocks(story.doc.content ?? []), lang, new Set(story.cleared ?? []), handled),
  };
}
