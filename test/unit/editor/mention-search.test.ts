import { describe, expect, it } from 'vitest';
import { matchVariants, proposeVariants, type DetailRegister } from '../../../shared/story/detail-register';
import { findVariants } from '../../../renderer/src/ui/document/mention-search';

/** A small deterministic generator, so a failure names a text that can be replayed. */
function random(seed: number) {
  let n = seed + 1;
  return () => (n = (n * 1103515245 + 12345) % 2147483648);
}

const register: DetailRegister = [
  {
    id: 'victor0001',
    category: 'person',
    text: 'Víctor Salgado',
    variants: proposeVariants('person', 'Víctor Salgado'),
  },
  { id: 'vance00001', category: 'person', text: 'Teodoro Vance', variants: proposeVariants('person', 'Teodoro Vance') },
  {
    id: 'phone00001',
    category: 'contact',
    text: '(559) 555-0199',
    variants: [
      { text: '(559) 555-0199', on: true },
      { text: '555-0199', on: true, added: true },
    ],
  },
  { id: 'fresno0001', category: 'place', text: 'Fresno', variants: [{ text: 'Fresno', on: false }] },
  {
    id: 'ana0000001',
    category: 'person',
    text: 'Ana',
    variants: [...proposeVariants('person', 'Ana'), { text: 'J.R.', on: true, added: true }],
  },
];

const PIECES = [
  'Victor',
  'VÍCTOR',
  'Víctor',
  'Salgado',
  "Salgado's",
  'Salgado’s',
  'Mr.',
  'Mr',
  'MrVance',
  'Mr.Vance',
  'Vance',
  'Sr.',
  'Doña',
  'Dona',
  'Teodoro',
  'Vancement',
  'Ana',
  'Banana',
  'Anas',
  'J.R.',
  'J.R.R.',
  '(559)',
  '555-0199',
  '1555-0199',
  'Fresno',
  'fresno,',
  'the',
  'and',
  'of',
  '—',
  '"',
  'Ｖａｎｃｅ',
  'Mr.  Vance',
  '\n',
  'Ana’s',
];

describe('findVariants (the editor’s quick search for unmarked mentions)', () => {
  it('finds exactly what matchVariants finds, in texts full of near misses', () => {
    const next = random(15);
    for (let round = 0; round < 150; round++) {
      const words = Array.from({ length: 3 + (next() % 12) }, () => PIECES[next() % PIECES.length]!);
      const text = words.join(next() % 3 ? ' ' : '');
      expect(findVariants(text, register), text).toEqual(matchVariants(text, register));
    }
  });

  it('finds nothing in a text without any of the details, and nothing with an empty register', () => {
    expect(findVariants('the river and the quiet morning', register)).toEqual([]);
    expect(findVariants('Victor Salgado', [])).toEqual([]);
  });
});
