import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { langSchema } from '../core/languages';
import type { SentPackageView, SharedStorySummary, SharedStoryView } from '../share/share-views';
import { channel } from './channel';
import type { SaveOutcome } from './contract-consent';

const id = harborIdSchema;
/** A share file's bytes, read by the renderer from a file the person picked: never a path. */
const fileBytes = z.string().max(28_000_000);

export interface CreatedPackage {
  packageId: string;
  /** Shown once; Harbor does not keep it. */
  shareCode: string;
  /** The file's name only. */
  fileName: string;
}

export const shareChannels = {
  /** Checks the grant, applies it, seals the package, asks where to save it; returns the code once. */
  'share:create': channel<SaveOutcome<CreatedPackage>>()(
    z
      .object({
        storyId: id,
        grantId: id,
        title: z.string().max(300).nullable(),
        language: langSchema.default('en'),
      })
      .strict(),
  ),
  /** Packages this vault made (for one story, or all), newest first. */
  'share:sent': channel<SentPackageView[]>()(z.object({ storyId: id.optional() }).strict().optional()),
  /** Withdraws a package and asks where to save the file that tells the advocate. */
  'share:revoke': channel<SaveOutcome<{ fileName: string; sent: SentPackageView }>>()(
    z.object({ packageId: id, reason: z.string().max(1000).default('') }).strict(),
  ),
  'share:import-receipt': channel<SentPackageView>()(z.object({ base64: fileBytes }).strict()),
  /** Opens a package with its share code; it becomes a read-only shared story. */
  'share:import': channel<SharedStoryView>()(
    z.object({ base64: fileBytes, shareCode: z.string().min(1, 'request.enterShareCode').max(400) }).strict(),
  ),
  'share:list': channel<SharedStorySummary[]>()(z.union([z.undefined(), z.object({}).strict()])),
  'share:get': channel<SharedStoryView>()(z.object({ id }).strict()),
  'share:import-revocation': channel<SharedStoryView>()(z.object({ base64: fileBytes }).strict()),
  /** Writes a receipt of every recorded use, for the writer; asks where to save it. */
  'share:receipt': channel<SaveOutcome<{ fileName: string }>>()(z.object({ id }).strict()),
} as const;
