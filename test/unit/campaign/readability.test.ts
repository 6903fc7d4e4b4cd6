import { describe, expect, it } from 'vitest';
import { countSentences, englishSyllables, readability, spanishSyllables } from '../../../shared/campaign';

describe('syllables counted on the device', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['table', 2],
    ['people', 2],
    ['make', 1],
    ['jumped', 1],
    ['wanted', 2],
    ['decided', 3],
    ['beautiful', 3],
    ['readability', 5],
    ['legislature', 4],
    ['survivors', 3],
    ['yesterday', 3],
  ])('English %s has %i', (word, n) => expect(englishSyllables(word)).toBe(n));

  it.each([
    ['murciélago', 4],
    ['país', 2],
    ['poeta', 3],
    ['ciudad', 2],
    ['cuidado', 3],
    ['guerra', 2],
    ['queso', 2],
    ['aéreo', 4],
    ['hoy', 1],
    ['leer', 2],
    ['río', 2],
    ['pingüino', 3],
    ['sobrevivientes', 5],
    ['legislatura', 5],
  ])('Spanish %s has %i', (word, n) => expect(spanishSyllables(word)).toBe(n));
});

describe('a readability note', () => {
  it('counts sentences at their ends, not at Spanish opening marks, and a last sentence without a stop', () => {
    expect(countSentences('One. Two! Three? Four')).toBe(4);
    expect(countSentences('¿Quién decide? ¡Nosotras! Vale.')).toBe(3);
    expect(countSentences('Dr.Smith spoke… Then he left.')).toBe(2);
  });

  it('gives a Flesch–Kincaid grade for English, as the formula gives on a known text', () => {
    // 2 sentences, 6 + 8 words of one syllable each.
    const note = readability('The cat sat on the mat. The dog ran to the big red barn.', 'en');
    expect(note).toMatchObject({ language: 'en', sentences: 2, words: 14, syllables: 14, averageSentenceLength: 7 });
    // 0.39 × 7 + 11.8 × 1 − 15.59 = −1.06; reading ease 206.835 − 1.015 × 7 − 84.6 = 115.13
    expect(note && 'grade' in note ? [note.grade, note.readingEase] : null).toEqual([-1.1, 115.1]);
  });

  it('rates long sentences of long words at a higher grade than short plain ones', () => {
    const plain = readability('We ask you to vote yes. It keeps kids safe. Vote yes today.', 'en');
    const dense = readability(
      'Comprehensive legislative reconsideration of criminalization provisions affecting trafficking survivors necessitates immediate congressional deliberation.',
      'en',
    );
    expect(plain && 'grade' in plain && plain.grade).toBeLessThan(4);
    expect(dense && 'grade' in dense && dense.grade).toBeGreaterThan(20);
  });

  it('gives Szigriszt-Pazos perspicuity and Fernández Huerta for Spanish, on a known text', () => {
    // "El gato come pan." : 4 words, 1 + 2 + 2 + 1 = 6 syllables, 1 sentence.
    const note = readability('El gato come pan.', 'es');
    expect(note).toMatchObject({ language: 'es', sentences: 1, words: 4, syllables: 6, averageSentenceLength: 4 });
    if (note?.language !== 'es') throw new Error('Spanish expected');
    // 206.835 − 62.3 × 1.5 − 4 = 109.385
    expect(note.perspicuity).toBe(109.4);
    expect(note.band).toBe('very-easy');
    // 206.84 − 0.6 × 150 − 1.02 × 25 = 91.34
    expect(note.fernandezHuerta).toBe(91.3);
  });

  it('says a dense Spanish sentence is hard', () => {
    const note = readability(
      'La reconsideración legislativa integral de las disposiciones de criminalización que afectan a las sobrevivientes de la trata requiere una deliberación parlamentaria inmediata.',
      'es',
    );
    expect(note?.language === 'es' && note.band).toBe('very-hard');
  });

  it('has nothing to say about a text without words', () => {
    expect(readability('  … 123 ', 'en')).toBeNull();
  });
});
