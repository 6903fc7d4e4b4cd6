import { z } from 'zod';
import type { ErrorMessageKey } from '../error-text/error-catalog';
import { detailRegisterSchema, type DetailRegister } from './detail-register';
import { clearedListSchema } from '../consent/cleared';
import { storyDocSchema } from './doc-schema';
import type { StoryDoc } from './doc-types';

/** The same bounds the IPC contract applies, so a story saved through either path can be read by both. */
export const STORY_LIMITS = Object.freeze({ titleChars: 300, tagChars: 60, tags: 50 });

/*
 * The schemas' own messages are keys of the story area (shared/error-text/story-text.ts), filled
 * in with the schema's limit where they name one (see parseInput in electron/stories/story-inputs.ts).
 */

/**
 * Titles are kept exactly as typed (no trimming): the editor saves while the person types, and
 * trimming a trailing space would fight the cursor. An empty title means "Untitled".
 */
export const storyTitleSchema = z.string().max(STORY_LIMITS.titleChars, 'story.titleTooLong' satisfies ErrorMessageKey);

export const storyTagSchema = z
  .string()
  .trim()
  .min(1, 'story.tagEmpty' satisfies ErrorMessageKey)
  .max(STORY_LIMITS.tagChars, 'story.tagTooLong' satisfies ErrorMessageKey);

/** Tags are trimmed and kept once each, in the order given. */
export const storyTagsSchema = z
  .array(storyTagSchema)
  .max(STORY_LIMITS.tags, 'story.tooManyTags' satisfies ErrorMessageKey)
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
  /** The sensitive-detail register (variants and the person's choices); stories saved before it have none. */
  details?: DetailRegister;
  /**
   * Candidates of the identifying-detail check the person said are fine to share, as folded words
   * (shared/consent/unmarked-check.ts); absent until the first is cleared.
   */
  cleared?: string[];
}

export const storyDataSchema: z.ZodType<StoryData, unknown> = z.object({
  title: storyTitleSchema,
  tags: storyTagsSchema,
  doc: storyDocSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
  trashedAt: isoTime.nullable(),
  details: detailRegisterSchema.optional(),
  cleared: clearedListSchema.optional(),
});
