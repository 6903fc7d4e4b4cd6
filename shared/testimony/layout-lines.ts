import type { DocumentLanguage } from '../consent/placeholders';
import type { LocalText, Position } from '../templates/template-schema';

export type LayoutValues = Record<string, string | undefined>;

const SEPARATOR = ' • ';

export const POSITION_WORDS: Record<DocumentLanguage, Record<Position, string>> = {
  en: { support: 'Support', oppose: 'Oppose', neutral: 'Comments' },
  es: { support: 'A favor', oppose: 'En contra', neutral: 'Comentarios' },
};

/** How a caption joins the position to the bill: "Testimony of M. R. in Support of SB 1042". */
export const STANCE_WORDS: Record<DocumentLanguage, Record<Position, string>> = {
  en: { support: 'in Support of', oppose: 'in Opposition to', neutral: 'on' },
  es: { support: 'a favor de', oppose: 'en contra de', neutral: 'sobre' },
};

/** The date line of a letter: "April 9, 2025" (the US style) or "9 de abril de 2025". */
export function letterDate(iso: string, lang: DocumentLanguage): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-US', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

const filled = (values: LayoutValues, name: string) => (values[name] ?? '').trim();

/**
 * "[[ ({sponsor})]]": a stretch that drops out alone when a placeholder in it is empty. One pass
 * over the pattern, so a value is never read as a pattern itself.
 */
const TOKEN = /\[\[(.*?)\]\]|\{([A-Za-z]+)\}/g;

/** Fills a pattern as written (spaces kept); null when any placeholder outside [[…]] is empty. */
function fillRaw(pattern: string, values: LayoutValues): string | null {
  let missing = false;
  const out = pattern.replace(TOKEN, (_m, optional: string | undefined, name: string | undefined) => {
    if (optional !== undefined) return fillRaw(optional, values) ?? '';
    const v = filled(values, name!);
    if (v === '') missing = true;
    return v;
  });
  return missing ? null : out;
}

/** Fills one part; null when any placeholder in it is empty (the part is then left out). */
function fillPart(pattern: string, values: LayoutValues): string | null {
  return fillRaw(pattern, values)?.trim() || null;
}

/** A heading or signature line: " • " parts with an empty placeholder drop out; an empty line is null. */
export function fillLine(pattern: string, values: LayoutValues): string | null {
  const parts = pattern
    .split(SEPARATOR)
    .map((p) => fillPart(p, values))
    .filter((p): p is string => p !== null);
  return parts.length ? parts.join(SEPARATOR) : null;
}

export function fillLines(patterns: readonly LocalText[], values: LayoutValues, lang: DocumentLanguage): string[] {
  return patterns.map((p) => fillLine(p[lang], values)).filter((l): l is string => l !== null);
}

/** The first salutation whose placeholders are all filled. */
export function firstFilled(
  patterns: readonly LocalText[],
  values: LayoutValues,
  lang: DocumentLanguage,
): string | null {
  for (const p of patterns) {
    const line = fillPart(p[lang], values);
    if (line !== null) return line;
  }
  return null;
}
