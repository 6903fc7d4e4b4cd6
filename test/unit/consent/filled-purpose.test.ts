import { describe, expect, it } from 'vitest';
import { filledPurpose, purposeIn } from '../../../shared/consent/filled-purpose';

// A purpose Harbor fills in for a testimony shows in the consent sentence, the sharing history,
// the share page and the file's cover note: each in the language that sentence is in.
describe('a purpose Harbor filled in, in the language it is read in', () => {
  it('fills in a bill or an inquiry in the person’s language', () => {
    expect(filledPurpose('bill', 'SB 412', 'en')).toBe('Testimony on SB 412');
    expect(filledPurpose('bill', 'SB 412', 'es')).toBe('Testimonio sobre SB 412');
    expect(filledPurpose('inquiry', 'Modern Slavery Act', 'en')).toBe('Written evidence to Modern Slavery Act');
    expect(filledPurpose('inquiry', 'Modern Slavery Act', 'es')).toBe('Evidencia escrita para Modern Slavery Act');
  });

  it('rewords one made in either language for the other, and leaves it alone in its own', () => {
    expect(purposeIn('Testimony on SB 412', 'es')).toBe('Testimonio sobre SB 412');
    expect(purposeIn('Testimonio sobre SB 412', 'en')).toBe('Testimony on SB 412');
    expect(purposeIn('Written evidence to Modern Slavery Act', 'es')).toBe('Evidencia escrita para Modern Slavery Act');
    expect(purposeIn('Evidencia escrita para 2027 review', 'en')).toBe('Written evidence to 2027 review');
    expect(purposeIn('Testimony on SB 412', 'en')).toBe('Testimony on SB 412');
  });

  it('keeps a purpose the person wrote exactly as written, even when it starts the same way', () => {
    for (const written of [
      'Testimony on the record',
      'Testimony on the 2027 Budget Act',
      'a letter to the housing committee',
      'Testimony on ',
      '',
    ]) {
      expect(purposeIn(written, 'es')).toBe(written);
      expect(purposeIn(written, 'en')).toBe(written);
    }
  });
});
