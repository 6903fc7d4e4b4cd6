import { z } from 'zod';
import {
  AUDIENCE_KINDS,
  EXPORT_FORMATS,
  IDENTITY_MODES,
  REDACTABLE_CATEGORIES,
  type ConsentGrant,
} from '../consent/grant';

const isoDate = z.iso.date();

/**
 * The terms that travel with a share package: what the writer allowed, without anything the
 * advocate has no need for (which details were kept, the writer's own name). `attribution` is the
 * name the identity choice gives, already worked out on the writer's computer, since the advocate
 * never learns the real one.
 */
export const shareTermsSchema = z
  .object({
    audience: z.object({ kind: z.enum(AUDIENCE_KINDS), name: z.string().min(1).max(200) }).strict(),
    purpose: z.string().min(1).max(500),
    identityMode: z.enum(IDENTITY_MODES),
    attribution: z.string().max(200),
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
    redacted: z.array(z.enum(REDACTABLE_CATEGORIES)).max(REDACTABLE_CATEGORIES.length),
    expiresOn: isoDate,
    /** Always empty from this version on: the grant's note is the writer's own (kept for older files). */
    note: z.string().max(2000),
  })
  .strict();
export type ShareTerms = z.infer<typeof shareTermsSchema>;

export function shareTermsFromGrant(grant: ConsentGrant, attribution: string): ShareTerms {
  return {
    audience: { kind: grant.audience.kind, name: grant.audience.name },
    purpose: grant.purpose,
    identityMode: grant.identity.mode,
    attribution: grant.identity.mode === 'anonymous' ? '' : attribution,
    formats: [...grant.formats],
    redacted: [...grant.redact.categories],
    expiresOn: grant.expiresOn,
    // The consent form offers the note as "a note for yourself": it never leaves the writer's vault.
    note: '',
  };
}
