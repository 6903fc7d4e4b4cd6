import type { ConsentGrant } from './grant';
import type { DocumentLanguage } from './placeholders';
import { purposeIn } from './filled-purpose';
import { CATEGORY_WORDS, formatConsentDate, listWords } from './summary';

/**
 * The grant's terms for the person who receives the file, and how consent is withdrawn: printed
 * as the document's first paragraph when the grant asks for it. It names the audience, purpose,
 * end date and what was removed; never the author, never the removed details themselves. It is
 * written in the document's language, a purpose Harbor filled in included.
 */
export function coverNoteText(grant: ConsentGrant, lang: DocumentLanguage): string {
  const until = formatConsentDate(grant.expiresOn, lang);
  const purpose = purposeIn(grant.purpose, lang).replace(/[.]+$/, '');
  const removed = listWords(
    grant.redact.categories.map((c) => CATEGORY_WORDS[lang][c]),
    lang,
  );
  if (lang === 'es') {
    return [
      `La autora o el autor comparte este documento con ${grant.audience.name} para ${purpose}, con su consentimiento, hasta el ${until}.`,
      removed ? `Se han quitado ${removed}.` : '',
      'Puede retirar este consentimiento en cualquier momento. Si lo hace, por favor deje de usar este documento y borre las copias que tenga, en la medida de lo posible.',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [
    `The author shares this document with ${grant.audience.name} for ${purpose}, with their consent, until ${until}.`,
    removed ? `Some ${removed} have been removed.` : '',
    'They may withdraw this consent at any time. If they do, please stop using this document and delete the copies you hold, as far as you can.',
  ]
    .filter(Boolean)
    .join(' ');
}
