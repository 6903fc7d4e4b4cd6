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

/*
 * countWords gives the number of WORD's matches without running it: a story is counted on every
 * read, on every save of a changed paragraph and for the library's list, and the regular
 * expression took about five times as long. The scan below keeps WORD's rule (a test holds the
 * two equal over text made of the characters the rule treats differently).
 */
const HAN = /\p{Script=Han}/u;
const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;
/** What WORD makes of one character: part of a word (not Han), an ideograph, a number. */
const IN_WORD = 1;
const IDEOGRAPH_CHAR = 2;
const NUMBER = 4;
const kinds = new Map<number, number>();

function kindOf(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return IN_WORD;
    return code >= 0x30 && code <= 0x39 ? IN_WORD | NUMBER : 0;
  }
  let kind = kinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    const number = DIGIT.test(char) ? NUMBER : 0;
    kind = HAN.test(char) ? IDEOGRAPH_CHAR | number : (LETTER_DIGIT_MARK.test(char) ? IN_WORD : 0) | number;
    kinds.set(code, kind);
  }
  return kind;
}

/** JOINER's first half: - ‐ ‑ ' ’ _ */
const joinsAlways = (code: number) =>
  code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x27 || code === 0x2019 || code === 0x5f;
/** JOINER's second half, between digits only: . , : / */
const joinsDigits = (code: number) => code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f;

export function countWords(text: string): number {
  let words = 0;
  let at = 0;
  const end = text.length;
  while (at < end) {
    let code = text.codePointAt(at)!;
    let kind = kindOf(code);
    at += code > 0xffff ? 2 : 1;
    if (kind & IDEOGRAPH_CHAR) words += 1;
    if (!(kind & IN_WORD)) continue;
    words += 1;
    // The rest of this word: its characters, and each joiner with a word character after it.
    let last = kind;
    for (;;) {
      while (at < end) {
        code = text.codePointAt(at)!;
        kind = kindOf(code);
        if (!(kind & IN_WORD)) break;
        last = kind;
        at += code > 0xffff ? 2 : 1;
      }
      const width = code > 0xffff ? 2 : 1;
      if (at + width >= end) break;
      const next = kindOf(text.codePointAt(at + width)!);
      if (!(next & IN_WORD)) break;
      if (!joinsAlways(code) && !(joinsDigits(code) && last & NUMBER && next & NUMBER)) break;
      at += width;
    }
  }
  return words;
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
