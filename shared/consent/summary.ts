import type { ConsentGrant, GrantTerms, RedactableCategory } from './grant';
import type { DocumentLanguage } from './placeholders';

const AUDIENCE_ARTICLE = { en: 'with', es: 'con' } as const;

export const CATEGORY_WORDS: Record<DocumentLanguage, Record<RedactableCategory, string>> = {
  en: {
    person: 'names',
    place: 'places',
    date: 'dates',
    organization: 'organizations',
    contact: 'contact details',
    other: 'other details',
  },
  es: {
    person: 'nombres',
    place: 'lugares',
    date: 'fechas',
    organization: 'organizaciones',
    contact: 'datos de contacto',
    other: 'otros datos',
  },
};

/** "a, b and c" / "a, b y c". */
export function listWords(items: string[], lang: DocumentLanguage): string {
  const and = lang === 'es' ? 'y' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** "1 March 2027" / "1 de marzo de 2027", in UTC so a date never shifts by a day. */
export function formatConsentDate(iso: string, lang: DocumentLanguage): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

function identityPhrase(terms: GrantTerms, lang: DocumentLanguage): string {
  const id = terms.identity;
  const en = {
    full: 'under your full name',
    first: 'under your first name',
    initials: 'under your initials',
    anonymous: 'anonymously',
  };
  const es = {
    full: 'con tu nombre completo',
    first: 'con tu nombre de pila',
    initials: 'con tus iniciales',
    anonymous: 'de forma anónima',
  };
  if (id.mode === 'pseudonym') return lang === 'es' ? `como «${id.pseudonym}»` : `as '${id.pseudonym}'`;
  return (lang === 'es' ? es : en)[id.mode];
}

/**
 * A grant as one plain sentence, e.g. "May be shared with the Senate Judiciary Committee for the
 * hearing on SB 123, as 'M.', with names and places removed, as PDF or DOCX, until 1 March 2027."
 */
export function summarizeGrant(grant: GrantTerms | ConsentGrant, lang: DocumentLanguage = 'en'): string {
  const removed = grant.redact.categories.map((c) => CATEGORY_WORDS[lang][c]);
  const redaction =
    removed.length === 0
      ? lang === 'es'
        ? 'sin quitar ningún dato'
        : 'with nothing removed'
      : // Harbor removes what was marked (and its other spellings), never more than it was told about.
        lang === 'es'
        ? `sin lo marcado como ${listWords(removed, lang)}`
        : `with marked ${listWords(removed, lang)} removed`;
  const formats = listWords(
    grant.formats.map((f) => f.toUpperCase()),
    lang,
  ).replace(` ${lang === 'es' ? 'y' : 'and'} `, lang === 'es' ? ' o ' : ' or ');
  const revoked = 'revoked' in grant && grant.revoked;
  const head = lang === 'es' ? 'Se puede compartir' : 'May be shared';
  const sentence =
    `${head} ${AUDIENCE_ARTICLE[lang]} ${grant.audience.name} ` +
    `${lang === 'es' ? 'para' : 'for'} ${grant.purpose.replace(/[.]+$/, '')}, ` +
    `${identityPhrase(grant, lang)}, ${redaction}, ${lang === 'es' ? 'en' : 'as'} ${formats}, ` +
    `${lang === 'es' ? 'hasta el' : 'until'} ${formatConsentDate(grant.expiresOn, lang)}.`;
  if (!revoked) return sentence;
  return lang === 'es'
    ? `Retirado el ${formatConsentDate(revoked.at.slice(0, 10), lang)}. ${sentence}`
    : `Withdrawn on ${formatConsentDate(revoked.at.slice(0, 10), lang)}. ${sentence}`;
}
