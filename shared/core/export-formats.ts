import type { Lang } from './languages';

/** The file types an export can be written as (and a consent can allow). */
export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The language a document that leaves Harbor is written in: the same set the app speaks. */
export type DocumentLanguage = Lang;
