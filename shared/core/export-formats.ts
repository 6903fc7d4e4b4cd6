import type { Lang } from './languages';

/** The file types an export can be written as (and a consent can allow). */
export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How a file type is named to a person (the same in every language). */
export const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { docx: 'Word (DOCX)', pdf: 'PDF' };

/** The language a document that leaves Harbor is written in: the same set the app speaks. */
export type DocumentLanguage = Lang;
