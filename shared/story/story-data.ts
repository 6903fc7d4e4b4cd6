import { z } from 'zod';
import { storyDocSchema } from './doc-schema';
import type { StoryDoc } from './doc-types';

/** The same bounds the IPC contract applies, so a story saved through either path can be read by both. */
export const STORY_LIMITS = Object.freeze({ titleChars: 300, tagChars: 60, tags: 50 });

/**
 * Titles are kept exactly as typed (no trimming): the editor saves while the person types, and
 * trimming a trailing space would fight the cursor. An empty title means "Untitled".
 */
export const storyTitleSchema = z
  .string()
  .max(STORY_LIMITS.titleChars, `A title can be at most ${STORY_LIMITS.titleChars} characters long.`);

export const storyTagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(STORY_LIMITS.tagChars, `A tag can be at most ${STORY_LIMITS.tagChars} characters long.`);

/** Tags are trimmed and kept once each, in the order given. */
export const storyTagsSchema = z
  .array(storyTagSchema)
  .max(STORY_LIMITS.tags, `A story can have at most ${STORY_LIMITS.tags} tags.`)
  .transform((tags) => [...new Set(tags)]);

const isoTime = z.iso.datetime({ offset: true });

/** What the vault holds for one story (kind 'story'); the id and revision are the vault's. */
export interface StoryData {
  title: string;
  tags: string[];
  doc: StoryDoc;
  createdAt: string;
  updatedAt: string;
  /** When it was moved to the Trash; null while it is in the library. */
  trashedAt: string | null;
}

export const storyDataSchema: z.ZodType<StoryData, unknown> = z.object({
  title: storyTitleSchema,
  tags: storyTagsSchema,
  doc: storyDocSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
  trashedAt: isoTime.nullable(),
});
