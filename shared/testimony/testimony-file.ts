import { z } from 'zod';
import type { Template } from '../templates/template-schema';
import { sectionContentSchema, testimonyEditSchema, type TestimonyData, type TestimonyEdit } from './testimony-data';

/**
 * The builder's fields and sections as a JSON file (`harbor testimony new --from`, and what
 * `harbor testimony show --json` prints). It is the app's own save request (`testimony:save`, the
 * edit schema with every key optional), so a file is checked exactly like the builder's autosave;
 * the one convenience is that a section may be a plain string, its text.
 */
export const testimonyFileSchema = testimonyEditSchema.partial().extend({
  sections: z
    .record(
      z.string().max(40),
      z.preprocess((v) => (typeof v === 'string' ? { text: v } : v), sectionContentSchema),
    )
    .optional(),
});
export type TestimonyFile = z.infer<typeof testimonyFileSchema>;

/** Section ids in the file that the template has not got (a typo would otherwise vanish silently). */
export function unknownSections(template: Pick<Template, 'sections'>, file: Pick<TestimonyFile, 'sections'>): string[] {
  const known = new Set(template.sections.map((s) => s.id));
  return Object.keys(file.sections ?? {}).filter((id) => !known.has(id));
}

/** A minute length the template does not offer (the builder offers only its choices). */
export function unofferedMinutes(
  template: Pick<Template, 'limits'>,
  file: Pick<TestimonyFile, 'targetMinutes'>,
): number | null {
  const choices = template.limits.minuteChoices;
  const chosen = file.targetMinutes;
  return chosen !== undefined && chosen !== null && choices && !choices.includes(chosen) ? chosen : null;
}

/** A memo heading asked of a template that has no memo block (the builder offers the switch only where it has one). */
export function unofferedMemo(template: Pick<Template, 'layout'>, file: Pick<TestimonyFile, 'headingStyle'>): boolean {
  return file.headingStyle === 'memo' && template.layout.memoBlock.length === 0;
}

/** The file laid over a new testimony: sections not named keep their blank text. */
export function applyTestimonyFile(data: TestimonyData, file: TestimonyFile): TestimonyData {
  const { sections, ...rest } = file;
  return { ...data, ...rest, sections: { ...data.sections, ...(sections ?? {}) } };
}

/** What `testimony show --json` prints: exactly the parts a file may give, so it reads back in. */
export function toTestimonyFile(t: TestimonyEdit): TestimonyEdit {
  const { title, language, metadata, sections, speakingRate, targetMinutes, headingStyle } = t;
  return {
    title,
    language,
    metadata,
    sections,
    speakingRate,
    targetMinutes,
    ...(headingStyle ? { headingStyle } : {}),
  };
}
