import { z } from 'zod';
import { docIssueMessage, storyDocSchema } from '../../shared/story/doc-schema';
import { storyTagsSchema, storyTitleSchema } from '../../shared/story/story-data';
import { storyErrors } from './story-errors';

/** Vault ids are 32 hex characters; anything else cannot name a story, so it is simply not found. */
export const STORY_ID_PATTERN = /^[0-9a-f]{32}$/;

export const createStoryInputSchema = z.strictObject({
  title: storyTitleSchema,
  doc: storyDocSchema.optional(),
  tags: storyTagsSchema.optional(),
});

export const storyPatchSchema = z.strictObject({
  title: storyTitleSchema.optional(),
  doc: storyDocSchema.optional(),
  tags: storyTagsSchema.optional(),
});

export const revisionNameSchema = z
  .string()
  .trim()
  .min(1, 'A version name cannot be empty.')
  .max(200, 'A version name can be at most 200 characters long.');

export const updateOptionsSchema = z
  .strictObject({
    revisionName: revisionNameSchema.optional(),
    /** Saved by the editor's autosave: may replace the sitting's previous autosave (sittings.ts). */
    autosave: z.boolean().optional(),
  })
  .optional();

export const revisionNumberSchema = z.number().int().min(1).max(0xffffffff);

export type CreateStoryInput = z.input<typeof createStoryInputSchema>;
export type StoryPatch = z.input<typeof storyPatchSchema>;
export type UpdateOptions = z.input<typeof updateOptionsSchema>;

function issueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "That isn't something Harbor can keep in a story.";
  const [field, ...rest] = issue.path;
  if (field === 'doc') return docIssueMessage({ ...issue, path: rest });
  if (issue.code === 'unrecognized_keys') return 'Harbor got a change to a story that it does not understand.';
  // Our schemas word their own length and emptiness messages; anything else gets a plain one.
  if (issue.code === 'custom' || issue.code === 'too_big' || issue.code === 'too_small') return issue.message;
  return typeof field === 'string'
    ? `The story's ${field} isn't in a form Harbor can keep.`
    : "That isn't something Harbor can keep in a story.";
}

/** Parses untrusted input (IPC, command line) or throws HarborError('invalid_input'). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw storyErrors.invalid(issueMessage(result.error));
  return result.data;
}
