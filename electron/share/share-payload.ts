import { z } from 'zod';
import { langSchema } from '../../shared/core/languages';
import { shareTermsSchema } from '../../shared/share/share-terms';
import { MAX_USE_RECORDS, useRecordSchema } from '../../shared/share/use-record';
import { storyDocSchema } from '../../shared/story/doc-schema';

const packageId = z.string().regex(/^[0-9a-f]{32}$/);
/** A real calendar day: a package whose last day is 9999-99-99 never ends, so it is not a package. */
const isoDate = z.iso.date();
const isoTime = z.string().max(40);

/**
 * What a package holds once opened: the text as it leaves the writer's vault (redactions and
 * identity applied, private notes dropped), the terms, and a title only if the writer approved one.
 */
export const packagePayloadSchema = z
  .object({
    format: z.literal('harbor-share-package'),
    packageId,
    createdAt: isoTime,
    expiresOn: isoDate,
    title: z.string().max(300).nullable(),
    language: langSchema,
    terms: shareTermsSchema,
    doc: storyDocSchema,
  })
  .strict();
export type PackagePayload = z.infer<typeof packagePayloadSchema>;

export const revocationPayloadSchema = z
  .object({
    format: z.literal('harbor-share-revocation'),
    packageId,
    revokedAt: isoTime,
    reason: z.string().max(1000),
  })
  .strict();
export type RevocationPayload = z.infer<typeof revocationPayloadSchema>;

export const receiptPayloadSchema = z
  .object({
    format: z.literal('harbor-share-receipt'),
    packageId,
    writtenAt: isoTime,
    uses: z.array(useRecordSchema).max(MAX_USE_RECORDS),
  })
  .strict();
export type ReceiptPayload = z.infer<typeof receiptPayloadSchema>;
