export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The same folding as the search index: lower case, accents set aside ("María" matches "maria"). */
export const foldForMatch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Words are runs of letters, marks and digits (the index also splits on spaces and punctuation). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits a search snippet into plain and matched parts, word by word, so the UI can wrap matches
 * in <mark> as React text nodes (the snippet is never treated as HTML). A word matches a term when
 * they are equal once folded, or when it starts with a term of three letters or more (prefix search).
 */
export function splitForHighlight(snippet: string, terms: readonly string[]): SnippetPart[] {
  const folded = terms.map(foldForMatch).filter(Boolean);
  const matches = (word: string) => {
    const w = foldForMatch(word);
    return folded.some((term) => w === term || (term.length >= 3 && w.startsWith(term)));
  };
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let at = 0;
  for (const m of snippet.matchAll(WORD)) {
    push(snippet.slice(at, m.index), false);
    push(m[0], matches(m[0]));
    at = m.index + m[0].length;
  }
  push(snippet.slice(at), false);
  return parts;
}
