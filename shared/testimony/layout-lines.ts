import type { DocumentLanguage } from '../consent/placeholders';
import type { LocalText, Position } from '../templates/template-schema';

export type LayoutValues = Record<string, string | undefined>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const SEPARATOR = ' • ';

export const POSITION_WORDS: Record<DocumentLanguage, Record<Position, string>> = {
  en: { support: 'Support', oppose: 'Oppose', neutral: 'Comments' },
  es: { support: 'A favor', oppose: 'En contra', neutral: 'Comentarios' },
};

const filled = (values: LayoutValues, name: string) => (values[name] ?? '').trim();

/** Fills one part; null when any placeholder in it is empty (the part is then left out). */
function fillPart(pattern: string, values: LayoutValues): string | null {
  let missing = false;
  const out = pattern.replace(PLACEHOLDER, (_m, name: string) => {
    const v = filled(values, name);
    if (v === '') missing = true;
    return v;
  });
  return missing ? null : out.trim() || null;
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
