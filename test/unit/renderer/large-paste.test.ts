import { describe, expect, it } from 'vitest';
import { isLargePaste, LARGE_PASTE } from '../../../renderer/src/features/versions/large-paste';

describe('a large paste keeps the text before it as a version', () => {
  it('a page or more of words is large, in a story of any length', () => {
    expect(isLargePaste(LARGE_PASTE.words + 1, 0, 10_000)).toBe(true);
    expect(isLargePaste(LARGE_PASTE.words, 0, 10_000)).toBe(false);
  });

  it('a paste over a third of a story is large, once it is more than a few words', () => {
    // 30 % of 100 words is 30: 31 pasted words are large, 30 are not.
    expect(isLargePaste(31, 0, 100)).toBe(true);
    expect(isLargePaste(30, 0, 100)).toBe(false);
    // A few words into a story of a few lines (or into an empty one) are part of the sitting.
    expect(isLargePaste(LARGE_PASTE.minWords - 1, 0, 0)).toBe(false);
    expect(isLargePaste(LARGE_PASTE.minWords, 0, 0)).toBe(true);
  });

  it('a paste over a large selection is large, however little it pastes', () => {
    expect(isLargePaste(1, 250, 300)).toBe(true);
    expect(isLargePaste(0, 40, 100)).toBe(true);
    expect(isLargePaste(1, 2, 100)).toBe(false);
  });
});
