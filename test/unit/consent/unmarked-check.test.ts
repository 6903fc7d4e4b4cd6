import { describe, expect, it } from 'vitest';
import { addCleared, clearedKey, CLEARED_LIMITS } from '../../../shared/consent/cleared';
import type { PMNode } from '../../../shared/consent/transform';
import { checkBlocks, storyCandidates } from '../../../shared/consent/unmarked-check';

const text = (t: string, marks?: PMNode['marks']): PMNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: PMNode[]): PMNode => ({ type: 'paragraph', content });
const sensitive = (t: string) => text(t, [{ type: 'sensitive', attrs: { category: 'contact', id: 'd1' } }]);
const story = (content: PMNode[], cleared?: string[]) => ({
  doc: { type: 'doc', content },
  ...(cleared ? { cleared } : {}),
});

describe('the identifying-detail gate (storyCandidates)', () => {
  const doc = [
    para(text('The boss called me from 555-123-4567 every night.')),
    { type: 'heading', content: [text('Write to maria@example.org')] },
    para(text('Again 555-123-4567, and later ')),
    { type: 'privateNote', content: [para(text('My sister is at 555-987-6543'))] },
  ];

  it('lists each unmarked candidate once, with its kind and where it is, and skips private notes', () => {
    const found = storyCandidates(story(doc), 'en');
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['phone', '555-123-4567'],
      ['email', 'maria@example.org'],
    ]);
    expect(found[0]!.context).toContain('called me from 555-123-4567');
    expect(found.some((c) => c.text.includes('987'))).toBe(false);
  });

  it('does not ask about words already marked sensitive', () => {
    const marked = [para(text('The boss called me from '), sensitive('555-123-4567'), text(' every night.'))];
    expect(storyCandidates(story(marked), 'en')).toEqual([]);
  });

  it('does not ask again about words cleared as fine to share, whatever their case or accents', () => {
    const cleared = addCleared([], ['555-123-4567', 'MARÍA@example.org']);
    const withAccent = [...doc, para(text('Or maría@example.org'))];
    expect(storyCandidates(story(withAccent, cleared), 'en')).toEqual([]);
    // Clearing one detail leaves the other to decide.
    expect(storyCandidates(story(doc, addCleared([], ['555-123-4567'])), 'en').map((c) => c.text)).toEqual([
      'maria@example.org',
    ]);
  });

  it('finds Spanish names and numbers in a Spanish story', () => {
    const es = [para(text('Ayer Juan Pérez me llamó al 612 345 678.'))];
    const found = storyCandidates(story(es), 'es').map((c) => [c.kind, c.text]);
    expect(found).toContainEqual(['person', 'Juan Pérez']);
    expect(found).toContainEqual(['phone', '612 345 678']);
  });

  it('reads nested blocks (lists, quotes) and counts a line break as one character', () => {
    const nested = [
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [para(text('Call'), { type: 'hardBreak' }, text('555-123-4567'))] }],
      },
    ];
    expect(checkBlocks(nested)).toEqual([{ text: 'Call\n555-123-4567', marked: [] }]);
    expect(storyCandidates(story(nested), 'en').map((c) => c.text)).toEqual(['555-123-4567']);
  });
});

describe('the cleared list', () => {
  it('keeps folded words once each, and no more than its limit', () => {
    expect(clearedKey('  Juan   PÉREZ ')).toBe('juan perez');
    expect(addCleared(['juan perez'], ['Juan Pérez', 'Lima'])).toEqual(['juan perez', 'lima']);
    const many = Array.from({ length: CLEARED_LIMITS.entries + 3 }, (_, i) => `name ${i}`);
    const kept = addCleared([], many);
    expect(kept).toHaveLength(CLEARED_LIMITS.entries);
    expect(kept.at(-1)).toBe(`name ${CLEARED_LIMITS.entries + 2}`);
  });
});
