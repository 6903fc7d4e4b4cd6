import { describe, expect, it } from 'vitest';
import { contextAround } from '../../../shared/consent/finding-context';

// The check shows each finding with a few words around it: enough to find it, never the whole story.
describe('the words shown around a finding', () => {
  it('shows 30 characters either side, and says with "…" where the text goes on', () => {
    const before = 'a'.repeat(40);
    const after = 'b'.repeat(40);
    const text = `${before} Carlos ${after}`;
    const at = text.indexOf('Carlos');
    expect(contextAround(text, at, at + 6)).toBe(`…${'a'.repeat(29)} Carlos ${'b'.repeat(29)}…`);
  });

  it('no "…" where the text does not go on: a short block is shown whole', () => {
    expect(contextAround('Call 555-123-4567 now', 5, 17)).toBe('Call 555-123-4567 now');
    // Exactly 30 characters either side: nothing cut, so nothing marked as cut.
    const exact = `${'a'.repeat(30)}Carlos${'b'.repeat(30)}`;
    expect(contextAround(exact, 30, 36)).toBe(exact);
    const longer = `x${exact}y`;
    expect(contextAround(longer, 31, 37)).toBe(`…${exact}…`);
  });

  it('line breaks and runs of spaces read as one space, none at the ends', () => {
    expect(contextAround('  Call\n\nCarlos   Ruiz  \n', 8, 19)).toBe('Call Carlos Ruiz');
  });
});
