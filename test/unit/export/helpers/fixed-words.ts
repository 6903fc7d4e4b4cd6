import { EXPORT_LABELS } from '../../../../shared/export/export-labels';
import type { LocalText, Template } from '../../../../shared/templates';
import { POSITION_WORDS, STANCE_WORDS } from '../../../../shared/testimony/layout-lines';

type Language = 'en' | 'es';

const EDGE = /^[\s,;.()—–•-]+|[\s,;.()—–•-]+$/g;

/** The literal words of a layout pattern: "Chair {chair}, Vice Chair {viceChair}" → Chair, Vice Chair. */
function fragments(pattern: string): string[] {
  return pattern
    .split(/\{[A-Za-z]+\}|\[\[|\]\]| • /)
    .map((f) => f.replace(EDGE, ''))
    .filter((f) => (f.match(/\p{L}/gu)?.length ?? 0) >= 3 || /^\p{L}+:$/u.test(f));
}

function templateTexts(t: Template): LocalText[] {
  const l = t.layout;
  return [
    ...l.headingBlock,
    ...l.salutation,
    ...l.signature,
    ...l.memoBlock,
    ...(l.anonymousWitness ? [l.anonymousWitness] : []),
    ...t.sections.map((s) => s.title),
  ];
}

const months = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, m, 15)),
  );

/**
 * Every fixed word a document could carry in `language`'s counterpart and not in its own: the
 * templates' caption, salutation, signature and memo words and section titles, the position and
 * stance words, the page label, the month names, "Anonymous". Words the two languages share
 * ("SB", a name) are left out.
 */
export function foreignFixedWords(templates: readonly Template[], language: Language): string[] {
  const other: Language = language === 'en' ? 'es' : 'en';
  const texts = templates.flatMap(templateTexts);
  const own = new Set(texts.flatMap((t) => fragments(t[language])));
  const words = [
    ...texts.flatMap((t) => fragments(t[other])),
    ...Object.values(POSITION_WORDS[other]),
    ...Object.values(STANCE_WORDS[other]).filter((w) => w.length > 2),
    EXPORT_LABELS[other].page,
    ...months(other === 'en' ? 'en-US' : 'es'),
    other === 'en' ? 'Anonymous' : 'Anónimo',
  ];
  return [...new Set(words)].filter((w) => !own.has(w));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The foreign words found in a text, each as a whole word (case as written). */
export function foundWords(text: string, words: readonly string[]): string[] {
  const flat = text.replace(/\u00A0/g, ' ');
  return words.filter((w) => new RegExp(`(?<!\\p{L})${escape(w)}(?!\\p{L})`, 'u').test(flat));
}
