import { z } from 'zod';
import { formatErrorMessage, isErrorMessageKey, type ErrorMessage } from '../error-text/error-catalog';
import { HarborError } from '../errors';
import { docBoundsProblem } from './doc-bounds';
import { DOC_LIMITS } from './doc-limits';
import type { BlockNode, InlineNode, ListItemNode, StoryDoc, StoryMark } from './doc-types';
import { SENSITIVE_CATEGORIES } from './sensitive-categories';

/*
 * The structure of a stored story. Objects are parsed, not passed through: keys the model does not
 * know (an onclick, a style, a href) are dropped, so what is stored is exactly what is described in
 * doc-types.ts. Node and mark types that are not ours are refused by docBoundsProblem first, with a
 * message that names them.
 */

export const detailIdSchema = z
  .string()
  .min(1)
  .max(DOC_LIMITS.maxIdChars)
  .regex(/^[A-Za-z0-9_-]+$/, 'A marked detail has an id Harbor cannot use.');

const markSchema: z.ZodType<StoryMark> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({
    type: z.literal('sensitive'),
    attrs: z.object({ category: z.enum(SENSITIVE_CATEGORIES), id: detailIdSchema }),
  }),
]);

const marks = z.array(markSchema).max(DOC_LIMITS.maxMarksPerNode).optional();

const inlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion('type', [
  // ProseMirror refuses empty text nodes, so storing one would make the story unopenable.
  z.object({ type: z.literal('text'), text: z.string().min(1, 'A piece of text in this story is empty.'), marks }),
  z.object({ type: z.literal('hardBreak'), marks }),
]);

const inlineContent = z.array(inlineSchema).optional();

const paragraphSchema = z.object({ type: z.literal('paragraph'), content: inlineContent });

const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(blockSchema).optional() }),
);

const bulletListSchema = z.object({
  type: z.literal('bulletList'),
  content: z.array(listItemSchema).optional(),
});

const orderedListSchema = z.object({
  type: z.literal('orderedList'),
  attrs: z
    .object({
      start: z.number().int().min(0).max(1_000_000).optional(),
      type: z.string().max(8).nullable().optional(),
    })
    .optional(),
  content: z.array(listItemSchema).optional(),
});

const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraphSchema,
    z.object({
      type: z.literal('heading'),
      attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
      content: inlineContent,
    }),
    bulletListSchema,
    orderedListSchema,
    z.object({ type: z.literal('blockquote'), content: z.array(blockSchema).optional() }),
    z.object({ type: z.literal('privateNote'), content: z.array(paragraphSchema).optional() }),
  ]),
);

const docShapeSchema: z.ZodType<StoryDoc> = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema).optional(),
});

/** Where a bounds problem keeps its error message among a zod issue's params. */
const BOUNDS = 'harborBoundsProblem';

/** Validates a story document: bounds and known types first (no recursion), then its structure. */
export const storyDocSchema: z.ZodType<StoryDoc, unknown> = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = docBoundsProblem(value);
    if (problem) {
      // The issue's message stays English for anyone who reads zod's issues (a request that
      // carries a document); the key rides along so docIssueMessage can say it in any language.
      const key = typeof problem === 'string' ? problem : problem.key;
      const params = typeof problem === 'object' && 'params' in problem ? problem.params : {};
      ctx.addIssue({ code: 'custom', message: formatErrorMessage('en', key, params), params: { [BOUNDS]: problem } });
    }
  })
  .pipe(docShapeSchema);

/** A zod issue, as far as the message needs it; `path` is relative to the document. */
export interface DocIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
}

function boundsProblemOf(issue: DocIssue): ErrorMessage | undefined {
  const problem = issue.params?.[BOUNDS];
  const key = typeof problem === 'object' && problem !== null ? (problem as { key?: unknown }).key : problem;
  return isErrorMessageKey(key) ? (problem as ErrorMessage) : undefined;
}

/** The first problem, as a message; the path helps whoever reads a log and never holds story text. */
export function docIssueMessage(issue: DocIssue | undefined): ErrorMessage {
  if (!issue) return 'story.contentNotStorable';
  const bounds = issue.code === 'custom' && issue.path.length === 0 ? boundsProblemOf(issue) : undefined;
  if (bounds) return bounds;
  if (issue.path.length === 0) return 'story.contentNotStorable';
  return { key: 'story.contentNotStorableAt', params: { where: issue.path.map(String).join('.') } };
}

/** Parses untrusted JSON into a StoryDoc or throws HarborError('invalid_input') with a plain message. */
export function parseStoryDoc(value: unknown): StoryDoc {
  const result = storyDocSchema.safeParse(value);
  if (!result.success) throw new HarborError('invalid_input', docIssueMessage(result.error.issues[0]));
  return result.data;
}
