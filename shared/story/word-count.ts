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
