import type { RedactableCategory } from './grant';
import type { DocumentLanguage } from '../core/export-formats';

export type { DocumentLanguage };

/**
 * Fixed words, never a box or a gap sized to the hidden text: a placeholder must not reveal the
 * length or shape of what it replaces.
 */
export const PLACEHOLDERS: Record<DocumentLanguage, Record<RedactableCategory, string>> = {
  en: {
    person: '[name withheld]',
    place: '[place withheld]',
    date: '[date withheld]',
    organization: '[organization withheld]',
    contact: '[contact withheld]',
    other: '[detail withheld]',
  },
  es: {
    person: '[nombre omitido]',
    place: '[lugar omitido]',
    date: '[fecha omitida]',
    organization: '[organización omitida]',
    contact: '[contacto omitido]',
    other: '[dato omitido]',
  },
};

export const ANONYMOUS_NAME: Record<DocumentLanguage, string> = { en: 'Anonymous', es: 'Anónimo' };
