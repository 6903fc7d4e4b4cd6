/*
 * Syllables counted on the device, by rule (no dictionary leaves or enters Harbor). English
 * spelling is irregular, so its count is the usual estimate readability formulas were made with;
 * Spanish spelling is regular enough that the rules give the true count for ordinary words.
 */

const fold = (word: string) => word.toLowerCase().replace(/[’']/g, '');

/** English: vowel groups, less a silent final e, -es and -ed, at least one. */
export function englishSyllables(word: string): number {
  let w = fold(word).replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // "-le" after a consonant is its own syllable (ta-ble); otherwise a final e, -es or -ed is mostly silent.
  const consonantLe = /[^aeiouy]le$/.test(w);
  if (!consonantLe) w = w.replace(/(?:[^laeiouy]es|[^tdaeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!);
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';

/** Spanish: each vowel group is one syllable, plus one for each hiatus inside it. */
export function spanishSyllables(word: string): number {
  let w = fold(word).replace(/[^a-záéíóúüñ]/g, '');
  if (w.length === 0) return 0;
  // The u of que/qui/gue/gui is only spelling; a final y after a vowel sounds as i (hoy, muy).
  w = w.replace(/([qg])u([eéií])/g, '$1$2').replace(/([aeiouáéíóú])y$/, '$1i');
  let count = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    count += 1;
    for (let i = 1; i < group.length; i += 1) {
      const a = group[i - 1]!;
      const b = group[i]!;
      const bothStrong = STRONG.includes(a) && STRONG.includes(b);
      const stressedWeak = ACCENTED_WEAK.includes(a) || ACCENTED_WEAK.includes(b);
      // Two strong vowels (po-e-ta) or a stressed weak one (pa-ís, rí-o) are heard apart; a weak
      // vowel with any other unstressed one is a diphthong (cie-lo, ciu-dad), one syllable.
      if (bothStrong || stressedWeak) count += 1;
    }
  }
  return Math.max(1, count);
}
