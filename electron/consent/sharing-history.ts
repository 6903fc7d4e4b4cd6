import { z } from 'zod';
import type { OpenVault } from '../vault/types';

export const exportRecordSchema = z.object({
  at: z.string(),
  grantId: z.string(),
  audience: z.string(),
  audienceKind: z.string(),
  format: z.enum(['docx', 'pdf']),
  /** The file's name only (never the folder, which may describe the person). */
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sourceIds: z.array(z.string()),
  /**
   * The document's title as it left, through the release gate (never the private title), so the
   * history names what was shared; null for a file without one. Absent in records made before.
   */
  title: z.string().nullable().optional(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema> & { id: string };

/** Every export, readable by the writer: when, under which consent, to whom, which file (by hash). */
export function createSharingHistory(vault: OpenVault) {
  return {
    async record(entry: Omit<ExportRecord, 'id'>): Promise<ExportRecord> {
      const rec = await vault.create('export-record', exportRecordSchema.parse(entry));
      return { id: rec.id, ...exportRecordSchema.parse(rec.data) };
    },
    async list(): Promise<ExportRecord[]> {
      const recs = await vault.list('export-record');
      return recs
        .map((r) => ({ id: r.id, ...exportRecordSchema.parse(r.data) }))
        .sort((a, b) => b.at.localeCompare(a.at));
    },
  };
}

export type SharingHistory = ReturnType<typeof createSharingHistory>;
