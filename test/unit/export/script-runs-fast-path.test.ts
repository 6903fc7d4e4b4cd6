import { describe, expect, it } from 'vitest';
import { cjkLanguage, isVietnamese, paragraphContext, scriptSegments } from '../../../shared/export/script-runs';
import { containsRtl, strongClass } from '../../../shared/export/text-direction';

/*
 * script-runs.ts and text-direction.ts answer most paragraphs (no other script in them) with one
 * scan of the whole text instead of a walk over its characters. The answers must be the walk's:
 * here each is compared with the walk itself, written out plainly, on texts that mix every kind
 * of character the scans look for or must not be fooled by.
 */

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
];
const scriptOf = (c: string) => (LETTER.test(c) ? (SCRIPTS.find(([, re]) => re.test(c))?.[0] ?? 'other') : null);

/** Whether the walk would tag any letter with a language other than the document's. */
function walkTagsAny(text: string, vietnamese: boolean): boolean {
  for (const c of text) {
    const s = MARK.test(c) ? null : scriptOf(c);
    if (s === null || s === 'other') continue;
    if (s !== 'latin' || vietnamese) return true;
  }
  return false;
}
const walkHasCjk = (text: string) => [...text].some((c) => ['han', 'kana', 'hangul'].includes(scriptOf(c) ?? ''));
const walkVietnamese = (text: string) => {
  const words = text.match(/[\p{Script=Latin}\p{M}]+/gu) ?? [];
  const marked = words.filter((w) => /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/u.test(w.normalize('NFC')));
  return marked.length > 0 && marked.length * 5 >= words.length;
};

// Latin and Spanish letters, Greek µ (a letter of another script, untagged), digits and punctuation
// of Arabic and CJK that are not letters, combining marks, decomposed and precomposed Vietnamese,
// right-to-left marks, and one letter of each tagged script.
const ALPHABET = [
  ...'abc XYZ ñé ü.,;!¿?',
  'µ',
  '\u0660', // Arabic-Indic digit zero (Arabic script, not a letter)
  '\u060C', // Arabic comma (common script)
  '\u3001', // ideographic comma
  '\u0301', // combining acute
  '\u0306', // combining breve: a + it is ă
  'ă',
  'ệ',
  '\u200F', // right-to-left mark
  '\u200E',
  'ש',
  'م',
  '中',
  'か',
  '한',
  'ไ',
  '𐤀', // Phoenician, plane 1, right-to-left
];

function randomTexts(count: number): string[] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => {
    // Mostly Latin, as most paragraphs are, with now and then one character of the rest.
    const length = 1 + (next() % 24);
    return Array.from({ length }, () =>
      next() % 4 === 0 ? ALPHABET[next() % ALPHABET.length]! : ALPHABET[next() % 19]!,
    ).join('');
  });
}

describe('the whole-text scans give the per-character walk’s answers', () => {
  const texts = ['', 'Plain words only.', 'Tôi đi học'.normalize('NFD'), ...randomTexts(3000)];

  it('for the CJK language, Vietnamese and right-to-left text', () => {
    for (const text of texts) {
      expect(cjkLanguage(text) !== null, text).toBe(walkHasCjk(text));
      expect(isVietnamese(text), text).toBe(walkVietnamese(text));
      expect(containsRtl(text), text).toBe([...text].some((c) => strongClass(c) === 'R'));
    }
  });

  it('for the stretches of text in another language', () => {
    for (const text of texts) {
      const ctx = paragraphContext([{ text }]);
      const segments = scriptSegments(text, ctx);
      // Always the whole text, in order.
      expect(segments.map((s) => s.text).join(''), text).toBe(text);
      if (!walkTagsAny(text, ctx.vietnamese)) {
        expect(
          segments.every((s) => s.lang === null),
          text,
        ).toBe(true);
      } else {
        expect(
          segments.some((s) => s.lang !== null),
          text,
        ).toBe(true);
      }
    }
  });

  it('finds Vietnamese typed with combining marks, and a right-to-left mark alone', () => {
    expect(isVietnamese('Tôi đi học hôm nay'.normalize('NFD'))).toBe(true);
    expect(containsRtl('left\u200Fright')).toBe(true);
    expect(cjkLanguage('a 中 b')).toBe('zh-CN');
    expect(scriptSegments('µ and ñ', paragraphContext([{ text: 'µ and ñ' }]))).toEqual([
      { text: 'µ and ñ', lang: null, isolate: false },
    ]);
  });
});
