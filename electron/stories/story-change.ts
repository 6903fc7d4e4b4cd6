import type { Story } from '../../shared/story/story-summary';

/**
 * What the story service publishes after each committed change, so whatever mirrors the stories
 * (the in-memory search index) follows every path (create, import, save, retitle, trash, restore,
 * restore a revision, delete) without each caller remembering to tell it.
 */
export type StoryChange = { kind: 'saved'; story: Story } | { kind: 'removed'; id: string };

export type StoryChangeListener = (change: StoryChange) => void;
