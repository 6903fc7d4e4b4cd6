import { z } from 'zod';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export-formats';

export const AUDIENCE_KINDS = [
  'legislative-committee',
  'legislator-office',
  'advocacy-organization',
  'media',
  'public',
  'other',
] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Audiences whose documents usually become public record (and are often indexed online). */
export const LEGISLATIVE_AUDIENCES: readonly AudienceKind[] = ['legislative-committee', 'legislator-office'];

export const IDENTITY_MODES = ['full', 'first', 'initials', 'pseudonym', 'anonymous'] as const;
export type IdentityMode = (typeof IDENTITY_MODES)[number];

export const REDACTABLE_CATEGORIES = ['person', 'place', 'date', 'organization', 'contact', 'other'] as const;
export type RedactableCategory = (typeof REDACTABLE_CATEGORIES)[number];

export { EXPORT_FORMATS, type ExportFormat };

/** The longest a grant may run (NTSAS media policy: story expiry of at most three years). */
export const MAX_GRANT_DAYS = 3 * 366;
export const DEFAULT_GRANT_DAYS = 365;

/** A real calendar day: 2025-02-30 and 9999-99-99 are refused, not read as some other day. */
export const isoDaySchema = z.iso.date({ error: 'request.notADate' });
const isoDate = isoDaySchema;

export const identitySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('full') }),
  z.object({ mode: z.literal('first') }),
  z.object({ mode: z.literal('initials') }),
  z.object({ mode: z.literal('anonymous') }),
  z.object({ mode: z.literal('pseudonym'), pseudonym: z.string().trim().min(1).max(80) }),
]);
export type Identity = z.infer<typeof identitySchema>;

export const grantTermsSchema = z
  .object({
    audience: z.object({ kind: z.enum(AUDIENCE_KINDS), name: z.string().trim().min(1).max(200) }),
    purpose: z.string().trim().min(1).max(500),
    identity: identitySchema,
    redact: z.object({
      categories: z.array(z.enum(REDACTABLE_CATEGORIES)).max(REDACTABLE_CATEGORIES.length),
      /** Ids of sensitive details the writer chose to keep even though their category is redacted. */
      keep: z.array(z.string().max(64)).max(10_000).default([]),
    }),
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
    expiresOn: isoDate,
    note: z.string().max(2000).default(''),
    /** Required for legislative audiences: testimony becomes public record, often searchable online. */
    publicRecordAcknowledged: z.boolean().default(false),
    /** Print the terms and how to withdraw as the document's first paragraph. */
    coverNote: z.boolean().default(false),
  })
  .strict();
export type GrantTerms = z.infer<typeof grantTermsSchema>;

/**
 * A grant as stored. Its last day is read as written (a vault from before dates were checked may
 * hold an impossible one): checkGrant refuses any grant whose day count is not finite.
 */
export const grantSchema = grantTermsSchema.extend({
  expiresOn: z.string().max(40),
  id: z.string().min(8).max(64),
  /** The stories or testimony documents this grant covers. */
  sourceIds: z.array(z.string().min(8).max(64)).min(1).max(500),
  createdAt: z.string(),
  revoked: z
    .object({ at: z.string(), reason: z.string().max(1000) })
    .nullable()
    .default(null),
});
export type ConsentGrant = z.infer<typeof grantSchema>;

export function isLegislative(kind: AudienceKind): boolean {
  return LEGISLATIVE_AUDIENCES.includes(kind);
}

/**
 * Days between two ISO dates (yyyy-mm-dd), counted in UTC so time zones cannot shift a limit. NaN
 * when either is not a date: callers must treat a count that is not finite as a refusal.
 */
export function daysBetween(fromIso: string, toIso: string): number {
  const from = Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000);
}
