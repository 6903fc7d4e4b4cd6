import type { StoryDoc } from './doc-types';
import { docToPlainText } from './plain-text';
import type { StoryData } from './story-data';
import { countWords } from './word-count';

/** One line of the library: everything but the text itself. */
export interface StorySummary {
  id: string;
  title: string;
  tags: string[];
  updatedAt: string;
  /** Words that will be read out: private notes are not counted. */
  wordCount: number;
  trashedAt: string | null;
  revision: number;
}

/** A story as the service hands it out: its data plus the vault's id and revision. */
export interface Story extends StorySummary, StoryData {}

/** The count the status bar, the library and the testimony tools all show. */
export function storyWordCount(doc: StoryDoc): number {
  return countWords(docToPlainText(doc));
}

export function toStory(id: string, revision: number, data: StoryData): Story {
  return { id, revision, wordCount: storyWordCount(data.doc), ...data };
}

export function toSummary(story: Story): StorySummary {
  const { id, title, tags, updatedAt, wordCount, trashedAt, revision } = story;
  return { id, title, tags, updatedAt, wordCount, trashedAt, revision };
}
