import { z } from 'zod';
import { AUDIENCE_KINDS, EXPORT_FORMATS } from '../consent/grant';

/**
 * One export on the advocate's side that quoted a shared story: what the writer sees, in a
 * receipt, of where their words went.
 */
export const useRecordSchema = z
  .object({
    at: z.string().max(40),
    audience: z.object({ kind: z.enum(AUDIENCE_KINDS), name: z.string().max(200) }).strict(),
    purpose: z.string().max(500),
    format: z.enum(EXPORT_FORMATS),
    /** The file's name only, never its folder. */
    fileName: z.string().max(255),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  })
  .strict();
export type UseRecord = z.infer<typeof useRecordSchema>;

export const MAX_USE_RECORDS = 10_000;
