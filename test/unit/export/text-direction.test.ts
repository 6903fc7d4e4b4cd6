import { describe, expect, it } from 'vitest';
import { containsRtl, firstStrongDirection, isRtl, strongClass } from '../../../shared/export/text-direction';

describe('first-strong direction', () => {
  it('classes letters of every right-to-left script as R, including presentation forms', () => {
    for (const c of [
      'א', // Hebrew
      'ש',
      'ﬠ', // Hebrew presentation form
      'ب', // Arabic
      'ی', // Arabic (Persian yeh)
      'ݐ', // Arabic Supplement
      'ࢠ', // Arabic Extended-A
      'ﭐ', // Arabic Presentation Forms-A
      'ﻼ', // Arabic Presentation Forms-B (lam-alef)
      'ܐ', // Syriac
      'ހ', // Thaana
      'ߊ', // NKo
      '\u{10900}', // Phoenician (plane 1)
      '\u{1E900}', // Adlam
      '\u200F', // RLM
      '\u061C', // ALM
      '\u0640', // tatweel (AL)
    ])
      expect(strongClass(c), c).toBe('R');
  });

  it('classes Latin, Greek, Cyrillic, CJK, Thai and Devanagari letters as L', () => {
    for (const c of ['a', 'Ñ', 'ư', 'Ω', 'Ж', '中', 'あ', '한', 'ก', 'क', '\u200E'])
      expect(strongClass(c), c).toBe('L');
  });

  it('leaves digits, Arabic-Indic digits, marks, punctuation and spaces without a direction', () => {
    for (const c of ['1', '٣', '۴', '\u064E', '\u05B0', '.', '،', '[', ' ', '\u00A0', '—'])
      expect(strongClass(c), c).toBeNull();
  });

  it('takes the first strong character, skipping neutrals and weak characters before it', () => {
    expect(firstStrongDirection('مرحبا بالعالم')).toBe('rtl');
    expect(firstStrongDirection('٢٠٢٥ — «قال» Hello')).toBe('rtl');
    expect(firstStrongDirection('2025: قال')).toBe('rtl');
    expect(firstStrongDirection('Hello مرحبا')).toBe('ltr');
    expect(firstStrongDirection('"שלום" said she')).toBe('rtl');
    expect(firstStrongDirection('12 — ...')).toBeNull();
    expect(firstStrongDirection('')).toBeNull();
  });

  it('skips what is inside an isolate (a placeholder wrapped in FSI…PDI does not decide)', () => {
    expect(firstStrongDirection('\u2068[name withheld]\u2069 قال')).toBe('rtl');
    expect(firstStrongDirection('\u2067\u2068abc\u2069 def\u2069 ghi')).toBe('ltr');
    // An unmatched PDI closes nothing.
    expect(firstStrongDirection('\u2069 قال')).toBe('rtl');
    expect(isRtl('\u2068abc\u2069')).toBe(false);
  });

  it('finds right-to-left text anywhere in a paragraph', () => {
    expect(containsRtl('He said شكرا.')).toBe(true);
    expect(containsRtl('He said thanks. ١٢٣')).toBe(false);
    // Only a right-to-left mark, a presentation form, a plane-1 letter: each is found.
    expect(containsRtl('He said \u200F thanks.')).toBe(true);
    expect(containsRtl('He said \uFB2A.')).toBe(true);
    expect(containsRtl('He said \u{10900}.')).toBe(true);
    expect(containsRtl('He said thanks \u{1F600}.')).toBe(false);
  });
});
