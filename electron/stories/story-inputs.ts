import { z } from 'zod';
import type { ErrorMessage, ErrorMessageKey } from '../../shared/error-text/error-catalog';
import { clearedTextSchema } from '../../shared/consent/cleared';
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

/** Bounds a runaway; the document the patch makes is checked against DOC_LIMITS like any other. */
const blockCount = z.number().int().min(0).max(100_000);

/**
 * The editor's save of the blocks that changed (shared/story/block-patch.ts). The inserted blocks
 * are checked as part of the whole document they make, with the same schema as a whole `doc`.
 */
export const blockPatchSchema = z.strictObject({
  base: z.number().int().min(1).max(0xffffffff),
  from: blockCount,
  remove: blockCount,
  insert: z.array(z.unknown()).max(100_000),
  total: blockCount,
});

export const storyPatchSchema = z
  .strictObject({
    title: storyTitleSchema.optional(),
    doc: storyDocSchema.optional(),
    /** Instead of `doc`, never with it. */
    blocks: blockPatchSchema.optional(),
    tags: storyTagsSchema.optional(),
  })
  .refine((patch) => patch.doc === undefined || patch.blocks === undefined, {
    message: 'story.changeNotUnderstood' satisfies ErrorMessageKey,
  });

/** Check candidates to remember as fine to share, as the person saw them (folded on the way in). */
export const clearTextsSchema = z.array(clearedTextSchema).min(1).max(500);

export const revisionNameSchema = z
  .string()
  .trim()
  .min(1, 'story.versionNameEmpty' satisfies ErrorMessageKey)
  .max(200, 'story.versionNameTooLong' satisfies ErrorMessageKey);

/** A sitting's name: a random id the editor makes when a story opens. */
export const sittingIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'story.versionNumberInvalid' satisfies ErrorMessageKey);

export const updateOptionsSchema = z
  .strictObject({
    revisionName: revisionNameSchema.optional(),
    /** Saved by the editor's autosave: may replace the sitting's previous autosave (sittings.ts). */
    autosave: z.boolean().optional(),
    /** The editor's name for the sitting the autosave belongs to (sittings.ts). */
    sitting: sittingIdSchema.optional(),
  })
  .optional();

export const revisionNumberSchema = z
  .number()
  .int('story.versionNumberInvalid' satisfies ErrorMessageKey)
  .min(1, 'story.versionNumberInvalid' satisfies ErrorMessageKey)
  .max(0xffffffff, 'story.versionNumberInvalid' satisfies ErrorMessageKey);

export type CreateStoryInput = z.input<typeof createStoryInputSchema>;
export type StoryPatch = z.input<typeof storyPatchSchema>;
export type UpdateOptions = z.input<typeof updateOptionsSchema>;

/** The schemas' own messages that name their limit, filled in from the issue. */
const MAX_KEYS = [
  'story.titleTooLong',
  'story.tagTooLong',
  'story.tooManyTags',
  'story.versionNameTooLong',
] as const satisfies readonly ErrorMessageKey[];
const PLAIN_KEYS = [
  'story.changeNotUnderstood',
  'story.tagEmpty',
  'story.versionNameEmpty',
  'story.versionNumberInvalid',
] as const satisfies readonly ErrorMessageKey[];

const isOneOf = <K extends string>(keys: readonly K[], value: string): value is K =>
  (keys as readonly string[]).includes(value);

/** A message our schemas word themselves (a key of the story area), or undefined. */
function schemaMessage(issue: z.core.$ZodIssue): ErrorMessage | undefined {
  const key = issue.message;
  if (isOneOf(MAX_KEYS, key)) {
    return issue.code === 'too_big' ? { key, params: { max: Number(issue.maximum) } } : undefined;
  }
  return isOneOf(PLAIN_KEYS, key) ? key : undefined;
}

function issueMessage(error: z.ZodError): ErrorMessage {
  const issue = error.issues[0];
  if (!issue) return 'story.notStorable';
  const [field, ...rest] = issue.path;
  if (field === 'doc') return docIssueMessage({ ...issue, path: rest });
  if (issue.code === 'unrecognized_keys') return 'story.changeNotUnderstood';
  // Our schemas word their own length and emptiness messages; anything else gets a plain one.
  const worded = schemaMessage(issue);
  if (worded) return worded;
  if (field === 'title') return 'story.titleNotStorable';
  if (field === 'tags') return 'story.tagsNotStorable';
  return typeof field === 'string' ? { key: 'story.fieldNotStorable', params: { field } } : 'story.notStorable';
}

/** Parses untrusted input (IPC, command line) or throws HarborError('invalid_input'). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw storyErrors.invalid(issueMessage(result.error));
  return result.data;
}
