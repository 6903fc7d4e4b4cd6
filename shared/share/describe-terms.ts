import type { AudienceKind } from '../consent/grant';
import type { DocumentLanguage } from '../consent/placeholders';
import { CATEGORY_WORDS, formatConsentDate } from '../consent/summary';
import { attributionOf } from './attribution';
import type { ShareTerms } from './share-terms';

const AUDIENCE_KIND_WORDS: Record<DocumentLanguage, Record<AudienceKind, string>> = {
  en: {
    'legislative-committee': 'a legislative committee',
    'legislator-office': "a lawmaker's office",
    'advocacy-organization': 'an advocacy organization',
    media: 'the media',
    public: 'the public',
    other: 'another audience',
  },
  es: {
    'legislative-committee': 'una comisión legislativa',
    'legislator-office': 'la oficina de un legislador',
    'advocacy-organization': 'una organización de defensa',
    media: 'los medios',
    public: 'el público',
    other: 'otro público',
  },
};

function list(items: string[], joiner: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

/** A date or a timestamp's day, as the consent sentence writes it ("1 March 2027"). */
export function formatIsoDate(iso: string, lang: DocumentLanguage): string {
  return formatConsentDate(iso.slice(0, 10), lang);
}

/**
 * The package's terms in one plain sentence for the advocate (in the past tense once ended), e.g. "You may quote this for the
 * Senate Judiciary Committee (a legislative committee), for the hearing on SB 123, credited to
 * 'M. R.', as PDF or DOCX, until 1 March 2027. Marked names and places were removed before it was shared."
 */
export function describeShareTerms(
  terms: ShareTerms,
  lang: DocumentLanguage = 'en',
  opts: { ended?: boolean } = {},
): string {
  const es = lang === 'es';
  // Once withdrawn or ended, the same terms are told in the past, so nobody reads them as a permission.
  const may = opts.ended
    ? es
      ? 'Se podía citar'
      : 'It could be quoted'
    : es
      ? 'Puedes citarlo'
      : 'You may quote this';
  const who = attributionOf(terms, lang);
  const credit =
    terms.identityMode === 'anonymous'
      ? es
        ? 'sin nombre (anónimo)'
        : 'without a name (anonymous)'
      : es
        ? `atribuido a «${who}»`
        : `credited to '${who}'`;
  const formats = list(
    terms.formats.map((f) => f.toUpperCase()),
    es ? 'o' : 'or',
  );
  const purpose = terms.purpose.replace(/[.]+$/, '');
  const head = es
    ? `${may} para ${terms.audience.name} (${AUDIENCE_KIND_WORDS.es[terms.audience.kind]}), para ${purpose}, ${credit}, en ${formats}, hasta el ${formatIsoDate(terms.expiresOn, lang)}.`
    : `${may} for ${terms.audience.name} (${AUDIENCE_KIND_WORDS.en[terms.audience.kind]}), for ${purpose}, ${credit}, as ${formats}, until ${formatIsoDate(terms.expiresOn, lang)}.`;
  if (terms.redacted.length === 0) return head;
  const removed = list(
    terms.redacted.map((c) => CATEGORY_WORDS[lang][c]),
    es ? 'y' : 'and',
  );
  // What the writer marked (in every spelling Harbor knew), not every name: say only that.
  const tail = es
    ? ` Se quitó lo marcado como ${removed} antes de compartirlo.`
    : ` Marked ${removed} were removed before it was shared.`;
  return head + tail;
}

export function audienceKindWords(kind: AudienceKind, lang: DocumentLanguage): string {
  return AUDIENCE_KIND_WORDS[lang][kind];
}
