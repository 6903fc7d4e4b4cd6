import type { Lang } from '../core/lang-codes';
import { englishSyllables, spanishSyllables } from './syllables';

/*
 * A readability note for the message box and testimony sections: how long the sentences are and
 * how hard the text is, by the formula made for its language. English: Flesch–Kincaid grade level
 * (US school grade). Spanish: Szigriszt-Pazos perspicuity on the INFLESZ scale (0 hard – 100 easy),
 * with Fernández Huerta's score alongside. Computed on the device; nothing is sent anywhere.
 */

export type SpanishBand = 'very-hard' | 'somewhat-hard' | 'normal' | 'fairly-easy' | 'very-easy';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

export type Readability =
  | (TextCounts & { language: 'en'; averageSentenceLength: number; grade: number; readingEase: number })
  | (TextCounts & {
      language: 'es';
      averageSentenceLength: number;
      perspicuity: number;
      band: SpanishBand;
      fernandezHuerta: number;
    });

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;

/** Sentences end at . ! ? … (Spanish ¿ and ¡ open one and do not count); text without an end is one sentence. */
export function countSentences(text: string): number {
  const ends = text.match(/[^.!?…\s][^.!?…]*?[.!?…]+(?=["”»’)\]]*(?:\s|$))/gu)?.length ?? 0;
  const tail = text.replace(/^[\s\S]*[.!?…]["”»’)\]]*(?:\s|$)/u, '').trim();
  return ends + (HAS_LETTER.test(tail) ? 1 : 0);
}

export function textCounts(text: string, language: Lang): TextCounts {
  const words = (text.match(WORD) ?? []).filter((w) => HAS_LETTER.test(w));
  const count = language === 'es' ? spanishSyllables : englishSyllables;
  return {
    sentences: words.length === 0 ? 0 : Math.max(1, countSentences(text)),
    words: words.length,
    syllables: words.reduce((n, w) => n + count(w), 0),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function spanishBand(perspicuity: number): SpanishBand {
  if (perspicuity < 40) return 'very-hard';
  if (perspicuity < 55) return 'somewhat-hard';
  if (perspicuity < 65) return 'normal';
  if (perspicuity < 80) return 'fairly-easy';
  return 'very-easy';
}

/** The note for a text, or null when it has no words to judge. */
export function readability(text: string, language: Lang): Readability | null {
  const counts = textCounts(text, language);
  if (counts.words === 0) return null;
  const wordsPerSentence = counts.words / counts.sentences;
  const syllablesPerWord = counts.syllables / counts.words;
  const averageSentenceLength = round1(wordsPerSentence);
  if (language === 'es') {
    const perspicuity = round1(206.835 - 62.3 * syllablesPerWord - wordsPerSentence);
    // Fernández Huerta: per 100 words, P syllables and F sentences.
    const fernandezHuerta = round1(206.84 - 0.6 * (100 * syllablesPerWord) - 1.02 * (100 / wordsPerSentence));
    return { language, ...counts, averageSentenceLength, perspicuity, band: spanishBand(perspicuity), fernandezHuerta };
  }
  return {
    language,
    ...counts,
    averageSentenceLength,
    grade: round1(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    readingEase: round1(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
  };
}
