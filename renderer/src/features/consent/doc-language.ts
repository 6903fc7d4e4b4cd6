import type { DocumentLanguage } from '../../../../shared/consent/placeholders';

/** The app's language as a document language (Harbor writes documents in English or Spanish). */
export const docLanguage = (language: string): DocumentLanguage => (language.startsWith('es') ? 'es' : 'en');
