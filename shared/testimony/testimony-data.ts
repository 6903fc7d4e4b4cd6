import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { issueKey } from '../error-text/error-catalog';
import { langSchema } from '../core/languages';
import { clearedListSchema } from '../consent/cleared';
import { storyDocSchema } from '../story/doc-schema';
import { FIELD_IDS, headingStyleSchema, POSITIONS, templateSchema, type FieldId } from '../templates/template-schema';

export const TESTIMONY_LIMITS = Object.freeze({
  titleChars: 300,
  fieldChars: 500,
  sectionChars: 60_000,
  excerptsPerSection: 50,
});

const harborId = harborIdSchema;

/**
 * A passage quoted from a story. The blocks are copied with their marks, so the export's consent
 * transform still redacts the story's marked details; storyId is what the grant must cover.
 */
export const excerptSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/),
    storyId: harborId,
    storyTitle: z.string().max(TESTIMONY_LIMITS.titleChars),
    doc: storyDocSchema,
  })
  .strict();
export type Excerpt = z.infer<typeof excerptSchema>;

/**
 * A passage quoted from a story someone shared with this vault. Only a reference: the words stay
 * in the shared story (which never changes, and loses its text when the writer withdraws), so a
 * withdrawal takes them out of every briefing too. `blocks` index the received text's top-level blocks.
 */
export const sharedExcerptSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/),
    sharedStoryId: harborId,
    blocks: z.array(z.number().int().min(0).max(100_000)).min(1).max(500),
  })
  .strict();
export type SharedExcerpt = z.infer<typeof sharedExcerptSchema>;

export const sectionContentSchema = z
  .object({
    text: z.string().max(TESTIMONY_LIMITS.sectionChars),
    excerpts: z.array(excerptSchema).max(TESTIMONY_LIMITS.excerptsPerSection).default([]),
    /** Excerpts from shared stories, after the section's own (briefings and joint testimony). */
    shared: z.array(sharedExcerptSchema).max(TESTIMONY_LIMITS.excerptsPerSection).optional(),
  })
  .strict();
export type SectionContent = z.infer<typeof sectionContentSchema>;

const fieldValue = z.string().max(TESTIMONY_LIMITS.fieldChars);
export const metadataSchema = z
  .object(
    Object.fromEntries(FIELD_IDS.map((id) => [id, fieldValue.optional()])) as Record<
      FieldId,
      z.ZodOptional<typeof fieldValue>
    >,
  )
  .strict()
  .superRefine((m, ctx) => {
    if (m.position && m.position !== '' && !(POSITIONS as readonly string[]).includes(m.position)) {
      ctx.addIssue({ code: 'custom', message: issueKey('testimony.positionUnknown'), path: ['position'] });
    }
  });
export type TestimonyMetadata = Partial<Record<FieldId, string>>;

export const speakingRateSchema = z.number().int().min(80).max(220);

/** What the builder edits and the vault keeps (item kind 'testimony'). */
export const testimonyEditSchema = z
  .object({
    title: z.string().max(TESTIMONY_LIMITS.titleChars),
    language: langSchema,
    metadata: metadataSchema,
    /** Keyed by section id of the template snapshot. */
    sections: z.record(z.string().max(40), sectionContentSchema),
    speakingRate: speakingRateSchema,
    /** Oral testimony: the chosen length (one of the template's minute choices). */
    targetMinutes: z.number().positive().max(600).nullable(),
    /**
     * The heading as lines or as a TO/FROM/RE/DATE memo, where the template has a memo block (left
     * out: the template's own setting). A testimony made before it existed simply has none.
     */
    headingStyle: headingStyleSchema.optional(),
  })
  .strict();
export type TestimonyEdit = z.infer<typeof testimonyEditSchema>;

export const testimonyDataSchema = testimonyEditSchema
  .extend({
    /** A copy of the template as it was when the testimony began, so later edits to it change nothing here. */
    template: templateSchema,
    fromStoryId: harborId.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    trashedAt: z.string().nullable(),
    /** Check candidates the person said are fine to share (folded words, see shared/consent/unmarked-check.ts). */
    cleared: clearedListSchema.optional(),
  })
  .strict();
export type TestimonyData = z.infer<typeof testimonyDataSchema>;

export interface Testimony extends TestimonyData {
  id: string;
  revision: number;
}

export interface TestimonySummary {
  id: string;
  title: string;
  templateName: TestimonyData['template']['name'];
  templateKind: TestimonyData['template']['kind'];
  updatedAt: string;
  trashedAt: string | null;
}

export function toTestimonySummary(t: Testimony): TestimonySummary {
  return {
    id: t.id,
    title: t.title,
    templateName: t.template.name,
    templateKind: t.template.kind,
    updatedAt: t.updatedAt,
    trashedAt: t.trashedAt,
  };
}

type WithSections = Pick<TestimonyData, 'sections' | 'template'>;

/** The ids `idsOf` gives for each section, in print order, once each. */
function inPrintOrder(t: WithSections, idsOf: (content: SectionContent) => string[]): string[] {
  return [...new Set(t.template.sections.flatMap((s) => (t.sections[s.id] ? idsOf(t.sections[s.id]!) : [])))];
}

/** Every story the testimony quotes, once each, in order of first appearance. */
export function quotedStoryIds(t: WithSections): string[] {
  return inPrintOrder(t, (c) => c.excerpts.map((e) => e.storyId));
}

/** Every shared story the testimony quotes, once each, in order of first appearance. */
export function quotedSharedStoryIds(t: WithSections): string[] {
  return inPrintOrder(t, (c) => (c.shared ?? []).map((e) => e.sharedStoryId));
}
