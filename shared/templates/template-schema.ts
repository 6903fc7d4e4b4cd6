import { z } from 'zod';
import { issueKey } from '../error-text/error-catalog';

/**
 * A testimony template is data, not code: the six built-ins and every custom template share this
 * schema, so an imported file is checked exactly like the ones Harbor ships. Text a person reads is
 * bilingual ({ en, es }) because a template is UI text.
 */
export const TEMPLATE_SCHEMA_VERSION = 1;

export const TEMPLATE_LIMITS = Object.freeze({
  textChars: 4_000,
  shortChars: 300,
  sections: 40,
  prompts: 12,
  layoutLines: 8,
  warnings: 6,
  /** An imported file is refused before parsing above this size. */
  fileChars: 400_000,
});

const short = z.string().max(TEMPLATE_LIMITS.shortChars);
const long = z.string().max(TEMPLATE_LIMITS.textChars);

export const localTextSchema = z.object({ en: short, es: short }).strict();
export const localLongTextSchema = z.object({ en: long, es: long }).strict();
export type LocalText = z.infer<typeof localLongTextSchema>;

/** The metadata a hearing asks for. The witness's name is never one: it comes from the consent identity. */
export const FIELD_IDS = [
  'committee',
  'chamber',
  'chair',
  'viceChair',
  'recipient',
  'inquiry',
  'billNumber',
  'billTitle',
  'sponsor',
  'position',
  'hearingDate',
  'district',
  'organization',
  'contact',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export const POSITIONS = ['support', 'oppose', 'neutral'] as const;
export type Position = (typeof POSITIONS)[number];

export const TEMPLATE_KINDS = [
  'state-written',
  'oral',
  'congress-written',
  'uk-written-evidence',
  'letter',
  'briefing',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const BUDGET_UNITS = ['words', 'characters', 'minutes'] as const;
export type BudgetUnit = (typeof BUDGET_UNITS)[number];

export const budgetSchema = z
  .object({ unit: z.enum(BUDGET_UNITS), max: z.number().positive().max(1_000_000) })
  .strict();
export type Budget = z.infer<typeof budgetSchema>;

/** The kinds of identifying detail a field's value can be; a consent that withholds the kind withholds the value. */
export const FIELD_CATEGORIES = ['person', 'place', 'date', 'organization', 'contact'] as const;
export type FieldCategory = (typeof FIELD_CATEGORIES)[number];

/**
 * Fields that identify the witness whatever a template says: where they live, who they work with,
 * how to reach them. A template may give any other field a category too (a private recipient).
 */
export const DEFAULT_FIELD_CATEGORIES: Readonly<Partial<Record<FieldId, FieldCategory>>> = Object.freeze({
  district: 'place',
  organization: 'organization',
  contact: 'contact',
});

export const fieldSchema = z
  .object({
    id: z.enum(FIELD_IDS),
    required: z.boolean().default(false),
    help: localTextSchema.optional(),
    category: z.enum(FIELD_CATEGORIES).optional(),
  })
  .strict();
export type TemplateField = z.infer<typeof fieldSchema>;

/** The category a field's value is withheld under: the template's, else the field's default, else none. */
export function fieldCategory(
  fields: readonly { id: FieldId; category?: FieldCategory }[],
  id: FieldId,
): FieldCategory | null {
  return fields.find((f) => f.id === id)?.category ?? DEFAULT_FIELD_CATEGORIES[id] ?? null;
}

const sectionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, issueKey('testimony.sectionIdForm'));

export const sectionSchema = z
  .object({
    id: sectionId,
    title: localTextSchema,
    guidance: localLongTextSchema,
    prompts: z.array(localTextSchema).max(TEMPLATE_LIMITS.prompts).default([]),
    optional: z.boolean().default(false),
    budget: budgetSchema.optional(),
    /** 'bullets' turns every line into a bullet point (a UK summary). */
    format: z.enum(['paragraphs', 'bullets']).default('paragraphs'),
    /** Print the section's title as a heading in the exported document. */
    printTitle: z.boolean().default(false),
  })
  .strict();
export type TemplateSection = z.infer<typeof sectionSchema>;

/**
 * Layout lines are patterns with {placeholders}: a field id, {witness} or {position}. Parts of a
 * line separated by " • " whose placeholders are empty are dropped; so is a line left empty.
 * Salutation: the first pattern whose placeholders are all filled.
 */
/** The heading block as lines, or as a TO/FROM/RE/DATE memo block (a template's memoBlock). */
export const headingStyleSchema = z.enum(['lines', 'memo']);
export type HeadingStyle = z.infer<typeof headingStyleSchema>;

const patterns = z.array(localTextSchema).max(TEMPLATE_LIMITS.layoutLines);

export const layoutSchema = z
  .object({
    headingBlock: patterns.default([]),
    salutation: patterns.default([]),
    numberedParagraphs: z.boolean().default(false),
    signature: patterns.default([]),
    paper: z.enum(['letter', 'a4']).default('letter'),
    /** 'centered-bold': the heading block is a caption, centred and bold (a US Congress statement). */
    captionStyle: z.enum(['plain', 'centered-bold']).default('plain'),
    /** What {witnessCaption} reads when the consent keeps the witness anonymous ("a survivor witness"). */
    anonymousWitness: localTextSchema.optional(),
    /** Print the document's title above the heading block (a briefing: title, audience, date). */
    titleFirst: z.boolean().default(false),
    /** A TO/FROM/RE/DATE memo block, printed instead of the heading block when headingStyle is 'memo'. */
    memoBlock: patterns.default([]),
    /** The template's setting: the heading block as lines (the default) or as a memo block. */
    headingStyle: headingStyleSchema.default('lines'),
  })
  .strict();
export type TemplateLayout = z.infer<typeof layoutSchema>;

export const limitsSchema = z
  .object({
    words: z.number().int().positive().max(1_000_000).optional(),
    characters: z.number().int().positive().max(10_000_000).optional(),
    minutes: z.number().positive().max(600).optional(),
    /** Oral testimony: the lengths a person can choose from (the chosen one is the minutes limit). */
    minuteChoices: z.array(z.number().positive().max(600)).max(8).optional(),
  })
  .strict();
export type TemplateLimits = z.infer<typeof limitsSchema>;

export const templateSchema = z
  .object({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, issueKey('testimony.templateIdForm')),
    version: z.number().int().min(1).max(1_000_000),
    kind: z.enum(TEMPLATE_KINDS),
    name: localTextSchema,
    description: localLongTextSchema,
    /** One line: when to use it (shown in the chooser). */
    whenToUse: localTextSchema,
    /** Usually becomes public record: the export must say so and ask for acknowledgement. */
    publicRecord: z.boolean(),
    /** Spoken, not filed: practice mode and a time budget. */
    spoken: z.boolean().default(false),
    fields: z.array(fieldSchema).max(FIELD_IDS.length),
    sections: z.array(sectionSchema).min(1).max(TEMPLATE_LIMITS.sections),
    limits: limitsSchema.default({}),
    layout: layoutSchema,
    formats: z
      .array(z.enum(['docx', 'pdf']))
      .min(1)
      .max(2),
    /** Things to know before filing (Truth in Testimony, a named CV and anonymity…). */
    warnings: z.array(localLongTextSchema).max(TEMPLATE_LIMITS.warnings).default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    const sectionIds = new Set<string>();
    t.sections.forEach((s, i) => {
      if (sectionIds.has(s.id))
        ctx.addIssue({ code: 'custom', message: issueKey('testimony.sectionIdTwice'), path: ['sections', i, 'id'] });
      sectionIds.add(s.id);
    });
    const fieldIds = new Set<string>();
    t.fields.forEach((f, i) => {
      if (fieldIds.has(f.id))
        ctx.addIssue({ code: 'custom', message: issueKey('testimony.fieldTwice'), path: ['fields', i, 'id'] });
      fieldIds.add(f.id);
    });
    if (new Set(t.formats).size !== t.formats.length)
      ctx.addIssue({ code: 'custom', message: issueKey('testimony.formatTwice'), path: ['formats'] });
  });

export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
