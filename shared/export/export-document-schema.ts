import { z } from 'zod';
import { langSchema } from '../core/languages';
import type { Block, ExportDocument, InlineRun } from './export-document';
import { tableBlockSchema } from './table-block';

/**
 * For an ExportDocument that crosses IPC (e.g. the preview): parsed as `unknown` in the main
 * process like every other payload. Limits are far above a 30-page testimony.
 */
const text = z.string().max(200_000);
const line = z.string().max(2_000);

const runSchema: z.ZodType<InlineRun> = z
  .object({
    text,
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    change: z.enum(['redacted', 'identity']).optional(),
  })
  .strict();
const runs = z.array(runSchema).max(10_000);

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), runs }).strict(),
    z
      .object({
        type: z.literal('heading'),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        runs,
        timeMark: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('list'),
        ordered: z.boolean(),
        start: z.number().int().min(1).max(1_000_000).optional(),
        items: z.array(z.array(blockSchema).max(1_000)).max(10_000),
      })
      .strict(),
    z.object({ type: z.literal('blockquote'), blocks: z.array(blockSchema).max(10_000) }).strict(),
    tableBlockSchema,
  ]),
);

export const exportDocumentSchema: z.ZodType<ExportDocument> = z
  .object({
    language: langSchema,
    layout: z.enum(['standard', 'podium']).optional(),
    title: line.nullable(),
    byline: line.nullable(),
    headingBlock: z.array(line).max(20).optional(),
    captionCentered: z.boolean().optional(),
    titleFirst: z.boolean().optional(),
    salutation: line.optional(),
    coverNote: z.string().max(5_000).optional(),
    blocks: z.array(blockSchema).max(50_000),
    numberedParagraphs: z.boolean().optional(),
    signature: z.array(line).max(20).optional(),
    runningHeader: line.optional(),
    identity: line.optional(),
    paper: z.enum(['letter', 'a4']),
  })
  .strict();
