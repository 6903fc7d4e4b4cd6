import { z } from 'zod';
import { langSchema } from '../../shared/core/languages';
import { shareTermsSchema } from '../../shared/share/share-terms';
import { MAX_USE_RECORDS, useRecordSchema } from '../../shared/share/use-record';
import { storyDocSchema } from '../../shared/story/doc-schema';

const key = z.string().max(64);
const revoked = z.object({ at: z.string(), reason: z.string().max(1000) }).nullable();

/**
 * How the two sides keep a package in their vaults. Each holds the two keys derived from the share
 * code that the later files need (never the code itself, which is shown once).
 */
export const sentPackageDataSchema = z.object({
  packageId: z.string(),
  storyId: z.string(),
  grantId: z.string(),
  title: z.string().nullable(),
  fileName: z.string(),
  createdAt: z.string(),
  expiresOn: z.string(),
  terms: shareTermsSchema,
  keys: z.object({ revocation: key, receipt: key }),
  revoked,
  uses: z.array(useRecordSchema).max(MAX_USE_RECORDS),
  lastReceiptAt: z.string().nullable(),
});
export type SentPackageData = z.infer<typeof sentPackageDataSchema>;

export const sharedStoryDataSchema = z.object({
  packageId: z.string(),
  title: z.string().nullable(),
  language: langSchema,
  importedAt: z.string(),
  createdAt: z.string(),
  expiresOn: z.string(),
  terms: shareTermsSchema,
  doc: storyDocSchema.nullable(),
  keys: z.object({ revocation: key, receipt: key }),
  revoked,
  uses: z.array(useRecordSchema).max(MAX_USE_RECORDS),
});
export type SharedStoryData = z.infer<typeof sharedStoryDataSchema>;
