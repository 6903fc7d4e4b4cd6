import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { langSchema } from '../core/languages';
import { templateSchema, TEMPLATE_LIMITS, type Template } from '../templates/template-schema';
import type { SaveOutcome } from './contract-consent';
import { testimonyEditSchema, type Testimony, type TestimonySummary } from '../testimony/testimony-data';
import { clearedTextSchema } from '../consent/cleared';
import { channel } from './channel';

const id = harborIdSchema;
const templateId = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'request.notATemplateId');

export interface TemplateEntry {
  template: Template;
  /** Built-ins ship with Harbor and cannot be changed, only duplicated. */
  builtIn: boolean;
}

export interface TestimonySaved {
  id: string;
  revision: number;
  updatedAt: string;
}

/** Testimony documents (vault kind 'testimony') and custom templates (kind 'template'). */
export const testimonyChannels = {
  'testimony:list': channel<TestimonySummary[]>()(
    z.object({ includeTrashed: z.boolean().optional() }).strict().optional(),
  ),
  'testimony:get': channel<Testimony>()(z.object({ id }).strict()),
  'testimony:create': channel<Testimony>()(
    z
      .object({
        templateId,
        language: langSchema,
        title: z.string().max(300).optional(),
        /** "Prepare testimony" from a story: remembered so the builder can offer its excerpts first. */
        fromStoryId: id.optional(),
      })
      .strict(),
  ),
  /** Autosave: commits a new revision with the changed parts. */
  'testimony:save': channel<TestimonySaved>()(z.object({ id, edit: testimonyEditSchema.partial() }).strict()),
  /** Remembers identifying-detail check candidates as fine to share; returns the testimony's whole list. */
  'testimony:clear-candidates': channel<{ cleared: string[] }>()(
    z.object({ id, texts: z.array(clearedTextSchema).min(1).max(500) }).strict(),
  ),
  'testimony:trash': channel<void>()(z.object({ id }).strict()),
  'testimony:restore': channel<void>()(z.object({ id }).strict()),
  /** Removes a trashed testimony and its history for good. */
  'testimony:delete': channel<void>()(z.object({ id }).strict()),
  'template:list': channel<TemplateEntry[]>()(z.union([z.undefined(), z.object({}).strict()])),
  /** Creates or updates a custom template (a built-in's id is refused: duplicate it first). */
  'template:save': channel<TemplateEntry>()(z.object({ template: templateSchema }).strict()),
  'template:duplicate': channel<TemplateEntry>()(z.object({ id: templateId, language: langSchema }).strict()),
  'template:delete': channel<void>()(z.object({ id: templateId }).strict()),
  /** The renderer reads the file the person picked and sends its text, never a path. */
  'template:import': channel<TemplateEntry>()(
    z.object({ text: z.string().max(TEMPLATE_LIMITS.fileChars + 1) }).strict(),
  ),
  /** Asks where to save (the system's dialog) and writes the template as a JSON file; answers its name only. */
  'template:export': channel<SaveOutcome<{ fileName: string }>>()(z.object({ id: templateId }).strict()),
} as const;
