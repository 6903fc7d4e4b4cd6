import { describe, expect, it } from 'vitest';
import { rightToLeftRuns } from './helpers/export-haystacks';
import { findLeak, prepare } from './helpers/leak-check';

/** The leak checks read right-to-left text backwards (it is extracted in visual order), and only that. */
describe('the right-to-left haystack', () => {
  it('finds an Arabic name extracted in visual order', () => {
    const visual = [...'شهادة عن سلمى'].reverse().join('');
    const haystacks = prepare([{ label: 'rtl', text: rightToLeftRuns(`Page 1\n${visual}`) }]);
    expect(findLeak('سلمى', haystacks)).toBe('"سلمى" found in rtl');
  });

  it('does not read Latin text backwards, where "places" would spell "Séca"', () => {
    const haystacks = prepare([{ label: 'rtl', text: rightToLeftRuns('Some names and places have been removed.') }]);
    expect(findLeak('Séca', haystacks)).toBeNull();
  });
});
