/*
 * A word is a run of letters, digits and combining marks, so "José" typed with a decomposed accent
 * is one word and "¿Dónde?" is one. Hyphens and apostrophes inside a word keep it whole
 * ("mother-in-law", "don't", "l'hôtel"); so do separators between digits ("1,500", "3.5", "10:30").
 * Chinese and Japanese ideographs count one each, since those languages do not space words.
 */
const IDEOGRAPH = String.raw`\p{Script=Han}`;
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])`;
const JOINER = String.raw`(?:[-\u2010\u2011'\u2019_]|(?<=\p{N})[.,:/](?=\p{N}))`;
const WORD = new RegExp(String.raw`${IDEOGRAPH}|${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*`, 'gu');

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n += 1;
  return n;
}

export interface TextToken {
  text: string;
  /** A word as countWords counts it; otherwise the spacing and punctuation between words. */
  word: boolean;
}

/**
 * The text cut into words (by the same rule as countWords) and what lies between them, in order:
 * joined again they give the text back, and the words among them number countWords(text).
 */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    if (match.index > at) tokens.push({ text: text.slice(at, match.index), word: false });
    tokens.push({ text: match[0], word: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) tokens.push({ text: text.slice(at), word: false });
  return tokens;
}
