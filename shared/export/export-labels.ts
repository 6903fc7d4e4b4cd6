import type { ExportLanguage } from './export-document';

/** The only fixed words an export prints, in the document's language (not the app's). */
export interface ExportLabels {
  /** "Page 3 of 12" = `${page} 3 ${of} 12`. */
  page: string;
  of: string;
}

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  en: { page: 'Page', of: 'of' },
  es: { page: 'Página', of: 'de' },
};
