import { describe, expect, it } from 'vitest';
import type { DocNode as PMNode, StoryDoc, TextNode } from '../../../shared/core/story-doc';
import type { SensitiveCategory } from '../../../shared/core/sensitive-categories';
import { applyConsent, displayName, grantSchema } from '../../../shared/consent';
import { REDACTABLE_CATEGORIES } from '../../../shared/consent/grant';

// The words a reader sees where a detail was withheld: fixed per category and language, never
// sized to what they replace.
const grant = grantSchema.parse({
  id: 'grant-0001',
  sourceIds: ['story-0001'],
  createdAt: '2026-11-01T10:00:00Z',
  audience: { kind: 'media', name: 'The Ledger' },
  purpose: 'an article',
  identity: { mode: 'full' },
  redact: { categories: [...REDACTABLE_CATEGORIES], keep: [] },
  formats: ['pdf'],
  expiresOn: '2027-03-01',
});

const detail = (text: string, category: SensitiveCategory, id: string): TextNode => ({
  type: 'text',
  text,
  marks: [{ type: 'sensitive', attrs: { category, id } }],
});
const sentence = (short: boolean): StoryDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: REDACTABLE_CATEGORIES.flatMap((category, i) => [
        { type: 'text', text: `${category}: ` },
        detail(short ? `Xy${i}` : `Bartholomew Featherstonehaugh ${i}`, category, `d-${category}`),
        { type: 'text', text: '; ' },
      ]),
    },
  ],
});
const textOf = (n: PMNode): string => (n.text ?? '') + (n.content ?? []).map(textOf).join('');

describe('placeholders', () => {
  it('reads as a fixed word for each category in English', () => {
    expect(textOf(applyConsent(sentence(true), grant, { full: 'Ana Torres' }, 'en').doc)).toBe(
      'person: [name withheld]; place: [place withheld]; date: [date withheld]; ' +
        'organization: [organization withheld]; contact: [contact withheld]; other: [detail withheld]; ',
    );
  });

  it('reads as a fixed word for each category in Spanish', () => {
    expect(textOf(applyConsent(sentence(true), grant, { full: 'Ana Torres' }, 'es').doc)).toBe(
      'person: [nombre omitido]; place: [lugar omitido]; date: [fecha omitida]; ' +
        'organization: [organización omitida]; contact: [contacto omitido]; other: [dato omitido]; ',
    );
  });

  it('is the same whether the withheld text was short or long', () => {
    for (const lang of ['en', 'es'] as const) {
      const short = textOf(applyConsent(sentence(true), grant, { full: 'Ana Torres' }, lang).doc);
      const long = textOf(applyConsent(sentence(false), grant, { full: 'Ana Torres' }, lang).doc);
      expect(long).toBe(short);
    }
  });

  it('names an author with no name "Anonymous" / "Anónimo"', () => {
    expect(displayName({ full: '' }, { mode: 'full' }, 'en')).toBe('Anonymous');
    expect(displayName({ full: '' }, { mode: 'full' }, 'es')).toBe('Anónimo');
  });
});
