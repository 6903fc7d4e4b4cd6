import { ERROR_TEXT } from '../../../shared/error-text/error-catalog';

/**
 * The error catalog's Spanish, by area, loaded on demand (error-text.ts). As written here it reads
 * the texts from the catalog itself (tests, development); the app's build replaces this module
 * with the texts and takes them out of the catalog's first-screen code
 * (electron/build/split-error-languages.ts), so a person who reads English never loads them.
 */
export const spanish: Readonly<Record<string, object>> = Object.fromEntries(
  Object.entries(ERROR_TEXT).map(([area, texts]) => [area, texts.es]),
);
