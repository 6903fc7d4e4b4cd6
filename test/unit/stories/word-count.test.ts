import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, speakingMinutes, textTokens } from '../../../shared/story/index';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Hello world', 2],
    ['¿Dónde está mi pasaporte?', 4],
    ['Me llamo José Núñez y tengo 19 años.', 8],
    // Decomposed accents (as macOS may type them) are still one word each.
    ['Jose\u0301 Nu\u0301n\u0303ez', 2],
    ['mother-in-law, well‑known, twenty-one', 3],
    ["don't l'hôtel it’s", 3],
    ['1,500 dollars, 3.5 hours, at 10:30 on 2024-05-01', 8],
    ['word—word – word', 3],
    ['— ... !!! ¡¿?', 0],
    ['Straße Ελλάδα Україна', 3],
    ['我们走了', 4],
    ['email: ana@example.org', 4],
  ])('%j has %i words', (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });

  it('counts n space-separated words as n', () => {
    const word = fc.stringMatching(/^[a-záéíóúñü0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 50 }), fc.constantFrom(' ', '\n', '\t', '  ', ' — '), (words, sep) => {
        expect(countWords(words.join(sep))).toBe(words.length);
      }),
    );
  });
});

describe('countWords and the word rule it implements', () => {
  /** The characters the rule treats differently: joiners, separators, ideographs and Han numerals, marks, astral letters. */
  const TRICKY = [...'aZé9٣²', '\u0301', ...'東〇', '😀', '𝐀', ..."-‐‑'’_", ...'.,:/', ' ', '\n', '—', '@'];

  it('counts what the rule matches (textTokens runs the rule itself), on text made of the characters it treats differently', () => {
    const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 24 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        expect(countWords(text)).toBe(textTokens(text).filter((t) => t.word).length);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['2024-05-01', 1],
    ['1.〇', 2],
    ['〇1', 2],
    ['a--b', 2],
    ["rock'", 1],
    ['x_y', 1],
    ['1./2', 2],
    ['𝐀𝐁 c', 2],
    ['e\u0301-\u0301', 1],
  ])('%j has %i words, as the rule says', (input, expected) => {
    expect(countWords(input)).toBe(expected);
    expect(textTokens(input).filter((t) => t.word)).toHaveLength(expected);
  });
});

describe('speaking and reading time', () => {
  it('uses 130 words a minute aloud and 230 silently by default', () => {
    expect(speakingMinutes(130)).toBe(1);
    expect(speakingMinutes(650)).toBe(5);
    expect(readingMinutes(460)).toBe(2);
    expect(speakingMinutes(300, 150)).toBe(2);
    expect(readingMinutes(100, 200)).toBe(0.5);
  });

  it('is zero for no words and refuses a nonsensical rate', () => {
    expect(speakingMinutes(0)).toBe(0);
    expect(readingMinutes(-5)).toBe(0);
    expect(() => speakingMinutes(100, 0)).toThrow(RangeError);
  });
});
