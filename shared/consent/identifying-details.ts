import nlp from 'compromise';
import type { RedactableCategory } from './grant';
import type { DocumentLanguage } from './placeholders';

export const IDENTIFYING_KINDS = ['email', 'phone', 'address', 'date', 'person', 'place', 'organization'] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];

/** Something in the text that may identify someone, found on the device; [start, end) in UTF-16 units. */
export interface IdentifyingFinding {
  start: number;
  end: number;
  text: string;
  kind: IdentifyingKind;
  /** The sensitive-detail category "mark as sensitive" applies. */
  category: RedactableCategory;
}

const CATEGORY: Record<IdentifyingKind, RedactableCategory> = {
  email: 'contact',
  phone: 'contact',
  address: 'place',
  date: 'date',
  person: 'person',
  place: 'place',
  organization: 'organization',
};

const EN_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const ES_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const EN_STREET =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Highway|Hwy|Parkway|Pkwy|Circle|Square';
const ES_STREET = 'Calle|C/|Avenida|Avda\\.?|Av\\.|Paseo|Plaza|Carrera|Camino|Carretera|Calzada|Pasaje|Ronda|Colonia';
const CAP = "\\p{Lu}[\\p{L}'’-]*";

/** Patterns, most specific first: where two overlap, the earlier one wins. */
const PATTERNS: { kind: IdentifyingKind; re: RegExp }[] = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  {
    kind: 'address',
    re: new RegExp(
      `\\b\\d{1,6}\\s+(?:${CAP}\\s+){0,4}(?:${EN_STREET})\\b\\.?(?:,?\\s+(?:Apt|Suite|Unit)\\.?\\s*\\w+)?`,
      'gu',
    ),
  },
  {
    kind: 'address',
    re: new RegExp(
      `(?<![\\p{L}])(?:${ES_STREET})\\s+(?:(?:de|del|la|las|los|el)\\s+)*${CAP}(?:\\s+(?:(?:de|del|la|las|los|el)\\s+)*${CAP})*(?:,?\\s+(?:n\\.?º|no\\.?|núm\\.?|#)?\\s*\\d{1,5}\\w?)?`,
      'gu',
    ),
  },
  {
    kind: 'date',
    re: new RegExp(
      `\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}` +
        `|(?:${EN_MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?` +
        `|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${EN_MONTHS})\\b\\.?(?:,?\\s+\\d{4})?` +
        `|(?:${EN_MONTHS})\\s+\\d{4}` +
        `|\\d{1,2}\\s+de\\s+(?:${ES_MONTHS})(?:\\s+(?:de|del)\\s+\\d{4})?` +
        `|(?:${ES_MONTHS})\\s+(?:de|del)\\s+\\d{4})\\b`,
      'giu',
    ),
  },
  {
    kind: 'phone',
    // Grouped ("612 345 678", "(555) 123-4567") or written as one run of digits ("5551234567").
    re: /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?(?:\d{2,4}(?:[\s.-]\d{2,5}){1,4}|\d{7,15})(?![\p{L}\p{N}])/gu,
  },
];

const digitCount = (s: string) => s.replace(/\D/g, '').length;

function patternFindings(text: string): IdentifyingFinding[] {
  const out: IdentifyingFinding[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      // A match ends in at most one full stop (an abbreviated street or month): it is left out.
      const found = m[0].replace(/\.$/, '');
      if (kind === 'phone' && (digitCount(found) < 7 || digitCount(found) > 15)) continue;
      out.push({ start: m.index, end: m.index + found.length, text: found, kind, category: CATEGORY[kind] });
    }
  }
  return out;
}

/**
 * The lower-case words that join a name's parts: the Spanish finder's "de", "del", "la", "las",
 * "los", "y" (and "el" in a street), compromise's "of", "van", "du", "e" ("Isle of Man", "Rosa e
 * Isabel"). Alone they identify no one.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set('de del la las los el y e of van du'.split(' '));

/**
 * A name found in [start, end) without a connector at either edge ("Rosa de", "Maria of"): a
 * finding that ends on one asks about a word that is no one's name, and marking it withholds the
 * connector. Inner connectors stay ("María de la Cruz"). In Spanish a connector written with a
 * capital ends no name either ("María De"); in English "Van", "Du" and "De" may be names of their
 * own ("Van Du", "Robert De Niro"). Nothing is offered that does not start with a capital
 * (compromise also tags lower-case words: "mom", and "van" in "dear van,") or is one letter long.
 */
function nameFinding(
  text: string,
  start: number,
  end: number,
  kind: IdentifyingKind,
  lang: DocumentLanguage,
): IdentifyingFinding | null {
  const words = [...text.slice(start, end).matchAll(/\S+/gu)];
  const closesNothing = (word: string) => NAME_CONNECTORS.has(lang === 'es' ? word.toLowerCase() : word);
  while (words.length > 0 && closesNothing(words.at(-1)![0])) words.pop();
  if (words.length === 0) return null;
  // The last word is no connector now, so this stops there at the latest.
  while (NAME_CONNECTORS.has(words[0]![0])) words.shift();
  const from = start + words[0]!.index;
  const found = text.slice(from, start + words.at(-1)!.index + words.at(-1)![0].length);
  if (!/^\p{Lu}/u.test(found) || [...found].length < 2) return null;
  return { start: from, end: from + found.length, text: found, kind, category: CATEGORY[kind] };
}

/** English names, places and organizations through compromise (a small on-device grammar, no model). */
function englishNames(text: string): IdentifyingFinding[] {
  const doc = nlp(text);
  const out: IdentifyingFinding[] = [];
  const take = (kind: IdentifyingKind, view: { json(options: object): unknown }) => {
    // From the first word's start to the last word's end: compromise's own span of a match starts
    // at its first word but counts the quotes and brackets before it ('("Kyle Reese")').
    for (const { terms } of view.json({ offset: true }) as {
      terms: { offset: { start: number; length: number } }[];
    }[]) {
      // Every match holds at least one word.
      const first = terms[0]!.offset;
      const last = terms.at(-1)!.offset;
      const name = nameFinding(text, first.start, last.start + last.length, kind, 'en');
      if (name) out.push(name);
    }
  };
  take('person', doc.people());
  take('place', doc.places());
  take('organization', doc.organizations());
  return out;
}

// Of strings or nothing: a word past the end of the text is no connector.
const ES_CONNECTORS: ReadonlySet<string | undefined> = new Set(['de', 'del', 'la', 'las', 'los', 'y']);
/** "de la", "de las", "de los": the only two-word joins inside a name ("y de" starts another). */
const ES_ARTICLES: ReadonlySet<string | undefined> = new Set(['la', 'las', 'los']);
const ES_ORG_WORDS =
  /^(?:Fundación|Asociación|Hospital|Clínica|Iglesia|Empresa|Restaurante|Hotel|Universidad|Colegio|Escuela|Banco|Policía|Cruz|Centro|Ministerio|Juzgado|Fiscalía|Consulado|Embajada|Agencia|Grupo|Compañía|Club|Bar|Tienda|Granja|Fábrica|Servicio)$/u;
const ES_PLACE_CUES = new Set(['en', 'desde', 'hacia', 'hasta', 'a']);
/** Capitalised words that start a sentence without being a name. */
const ES_COMMON =
  /^(?:El|La|Los|Las|Un|Una|Unos|Unas|Yo|Tú|Él|Ella|Nosotros|Ellos|Ellas|Mi|Mis|Su|Sus|Ayer|Hoy|Mañana|Luego|Después|Antes|Cuando|Entonces|Pero|Y|O|No|Sí|Si|Me|Nos|Se|Le|Les|Lo|Al|Del|De|En|Con|Por|Para|Allí|Ahí|Aquí|Eso|Esto|Esa|Ese|Esta|Este|Nadie|Todo|Todos|Nunca|Siempre|También|Porque|Como|Cada|Una|Había|Tenía|Fue|Era|Estaba|Quiero|Ahora|Durante|Mientras|Desde|Hasta|Sin|Sobre|Tras|Dios)$/u;

/**
 * Spanish names, places and organizations: runs of capitalised words (joined by "de", "la" …),
 * except a single common word opening a sentence. Organization by a leading word ("Fundación …"),
 * place after "en", "desde" …, otherwise a person.
 */
function spanishNames(text: string): IdentifyingFinding[] {
  const out: IdentifyingFinding[] = [];
  const words = [...text.matchAll(/[\p{L}'’-]+/gu)];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w[0])) {
      i += 1;
      continue;
    }
    let j = i;
    // Extend across connectors ("de", "de la", "de los") only when a capitalised word follows them:
    // "María de la Cruz" is one name, not "María" and "Cruz".
    while (j + 1 < words.length) {
      let k = j + 1;
      if (ES_CONNECTORS.has(words[k]![0])) {
        k += 1;
        if (words[k - 1]![0] === 'de' && ES_ARTICLES.has(words[k]?.[0])) k += 1;
      }
      const next = words[k];
      if (!next || !/^\p{Lu}/u.test(next[0])) break;
      const gaps = text.slice(words[j]!.index + words[j]![0].length, next.index);
      // Only spaces and the connectors between them: a comma or full stop ends the name.
      if (!/^(?:\s+[\p{Ll}]+)*\s+$/u.test(gaps)) break;
      j = k;
    }
    const before = text.slice(0, w.index).trimEnd();
    // Not after a colon: "Testigo: Carlos" names someone (Spanish does not capitalise after one).
    const sentenceStart = before === '' || /[.!?¿¡"“«(]$/u.test(before);
    let first = i;
    while (first <= j && (ES_CONNECTORS.has(words[first]![0]) || ES_COMMON.test(words[first]![0]))) first += 1;
    // One capitalised word opening a sentence is usually just the sentence's first word.
    const lone = first === j && first === i && sentenceStart;
    if (first <= j && !lone) {
      // Stryker disable next-line StringLiteral: a name opening the text has no word before it, and no cue is any word
      const prevWord = (words[first - 1]?.[0] ?? '').toLowerCase();
      const kind: IdentifyingKind = ES_ORG_WORDS.test(words[first]![0])
        ? 'organization'
        : ES_PLACE_CUES.has(prevWord)
          ? 'place'
          : 'person';
      const name = nameFinding(text, words[first]!.index, words[j]!.index + words[j]![0].length, kind, 'es');
      if (name) out.push(name);
    }
    i = j + 1;
  }
  return out;
}

const PRIORITY: Record<IdentifyingKind, number> = {
  email: 0,
  address: 1,
  date: 2,
  phone: 3,
  organization: 4,
  person: 5,
  place: 6,
};

/**
 * Likely identifying details in one stretch of text (emails, phone numbers, street addresses,
 * dates, names of people, places and organizations), in order, without overlaps. Runs entirely on
 * the device. Suggestions, not verdicts: the writer decides what to mark.
 */
export function findIdentifyingDetails(text: string, lang: DocumentLanguage): IdentifyingFinding[] {
  const candidates = [...patternFindings(text), ...(lang === 'es' ? spanishNames(text) : englishNames(text))];
  candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start));
  const kept: IdentifyingFinding[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && c.end > k.start)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
