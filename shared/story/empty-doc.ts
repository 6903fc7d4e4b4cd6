import type { StoryDoc } from './doc-types';

/** What a new story starts as: one empty paragraph, as the editor itself would create. */
export function emptyStoryDoc(): StoryDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
