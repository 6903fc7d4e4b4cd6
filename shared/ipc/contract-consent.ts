import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { langSchema } from '../core/languages';
import { EXPORT_FORMATS, grantTermsSchema, type ConsentGrant, type Refusal, type TransformReport } from '../consent';
import type { ExportDocument } from '../export/export-document';
import { channel } from './channel';

const id = harborIdSchema;

/** The writer's own name, kept encrypted in the vault; identities (initials, first name…) derive from it. */
export interface AuthorProfile {
  fullName: string;
}

/**
 * What an export quotes from: a story or a testimony document, through the same pipeline and the
 * same checks (electron/export-pipeline/source-resolvers.ts has one resolver per kind).
 */
export const exportSourceSchema = z.object({ kind: z.enum(['story', 'testimony']), id }).strict();
export type ExportSource = z.infer<typeof exportSourceSchema>;

const exportOptions = {
  source: exportSourceSchema,
  grantId: id,
  format: z.enum(EXPORT_FORMATS),
  paper: z.enum(['letter', 'a4']).default('letter'),
  language: langSchema.default('en'),
  /** A title the writer approved for this file; null prints none and leaves metadata empty. */
  title: z.string().max(300).nullable().default(null),
  /** Shared stories whose stated purpose the person confirmed this document serves (briefings). */
  purposeConfirmedFor: z.array(id).max(200).default([]),
  /** A spoken script cut to its chosen minutes at the person's pace (whole sentences), as the builder shows it. */
  fit: z.literal(true).optional(),
};

/**
 * "What leaves Harbor": the exact document the file will hold (rendered by the same code as the
 * export), the refusals that would stop it, and what the transform changed.
 */
export interface ExportPreview {
  /** Empty when the export is allowed; otherwise the first is what the person is told. */
  refusals: Refusal[];
  /** Exactly what will be rendered. Runs the transform changed carry `change` (preview only). */
  document: ExportDocument;
  report: TransformReport;
  /** A neutral, editable file name in the document's language, e.g. `story-2027-02-01.pdf`. */
  suggestedFileName: string;
}

export interface ExportRecordView {
  id: string;
  at: string;
  grantId: string;
  audience: string;
  audienceKind: string;
  format: 'docx' | 'pdf';
  /** The file's name only, never its folder. */
  fileName: string;
  sha256: string;
  sourceIds: string[];
  /** The title as it left Harbor (released), null without one; absent in older records. */
  title?: string | null;
}

/**
 * An export just written: its sharing-history entry, and the name of the folder the person chose
 * (its own name, not its path), shown to them once on the Exported page and never stored.
 */
export interface ExportedFile extends ExportRecordView {
  folder: string;
}

/** The person may cancel the save dialog; that is not an error. */
export type SaveOutcome<T> = { status: 'saved'; value: T } | { status: 'cancelled' };

export const consentChannels = {
  'profile:get': channel<AuthorProfile>()(z.union([z.undefined(), z.object({}).strict()])),
  'profile:set': channel<AuthorProfile>()(z.object({ fullName: z.string().trim().max(200) }).strict()),
  /** Grants for one source (or all when left out), newest first. */
  'consent:list': channel<ConsentGrant[]>()(z.object({ sourceId: id.optional() }).strict().optional()),
  'consent:create': channel<ConsentGrant>()(
    z.object({ sourceIds: z.array(id).min(1).max(500), terms: grantTermsSchema }).strict(),
  ),
  'consent:update': channel<ConsentGrant>()(z.object({ id, terms: grantTermsSchema }).strict()),
  'consent:revoke': channel<ConsentGrant>()(z.object({ id, reason: z.string().max(1000) }).strict()),
  'export:preview': channel<ExportPreview>()(z.object(exportOptions).strict()),
  /** Checks, transforms, renders, scrubs, asks where to save, writes atomically, records. Refusal → consent_refused. */
  'export:run': channel<SaveOutcome<ExportedFile>>()(
    z
      .object({
        ...exportOptions,
        fileName: z.string().min(1).max(200),
        /** The language the app's identifying-detail check ran in; main runs it again in the same. */
        checkLanguage: langSchema.optional(),
        /** The person chose "Export anyway" for a document over its budget; main refuses one without it. */
        overBudget: z.literal(true).optional(),
      })
      .strict(),
  ),
  'history:list': channel<ExportRecordView[]>()(z.union([z.undefined(), z.object({}).strict()])),
  /** A DOCX letter to the grant's recipient withdrawing consent; says honestly a public record cannot be recalled. */
  'history:withdrawal-letter': channel<SaveOutcome<{ fileName: string }>>()(
    z.object({ grantId: id, language: langSchema.default('en') }).strict(),
  ),
} as const;
