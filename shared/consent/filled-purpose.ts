import type { DocumentLanguage } from './placeholders';
import { LANGS } from '../core/languages';

/**
 * The purposes Harbor fills in for a testimony's consent, in each language: the one place their
 * wording lives, so the form that fills one in and every sentence that shows it later agree.
 */
const FILLED = {
  bill: { en: 'Testimony on ', es: 'Testimonio sobre ' },
  inquiry: { en: 'Written evidence to ', es: 'Evidencia escrita para ' },
} as const satisfies Record<string, Record<DocumentLanguage, string>>;

export type FilledPurposeKind = keyof typeof FILLED;

/** "Testimony on SB 412" / "Testimonio sobre SB 412". */
export function filledPurpose(kind: FilledPurposeKind, subject: string, lang: DocumentLanguage): string {
  return `${FILLED[kind][lang]}${subject}`;
}

/**
 * A purpose Harbor filled in, reworded for `lang` (a Spanish sentence never carries "Testimony
 * on"); a purpose the person wrote themselves comes back exactly as written.
 */
export function purposeIn(purpose: string, lang: DocumentLanguage): string {
  for (const kind of Object.keys(FILLED) as FilledPurposeKind[]) {
    for (const from of LANGS) {
      const start = FILLED[kind][from];
      const subject = purpose.slice(start.length);
      // What Harbor fills in is a bill number or an inquiry's title ("SB 412", "Modern Slavery
      // Act"): "Testimony on the record" was written by the person, and stays as written.
      if (purpose.startsWith(start) && /^[\p{Lu}\d]/u.test(subject)) return filledPurpose(kind, subject, lang);
    }
  }
  return purpose;
}
