import type { ExportFormat } from '../../shared/consent/grant';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import type { Paper } from '../../shared/export/export-document';
import type { ExportSource } from '../../shared/ipc/contract-consent';

/** One export as the person asked for it (the IPC request, the CLI flags). */
export interface ExportOptions {
  source: ExportSource;
  grantId: string;
  format: ExportFormat;
  paper: Paper;
  language: DocumentLanguage;
  /** A title the writer approved for this file, or null for none. */
  title: string | null;
  /**
   * Shared stories whose stated purpose the person confirmed this document serves, where the
   * wording differs from their own consent's purpose (free text only matches when equal).
   */
  purposeConfirmedFor?: readonly string[];
  /** A spoken script exported fitted to its minutes (the app's "Export the 2-minute script", the CLI's --fit). */
  fit?: boolean;
}
