import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails, type IdentifyingKind } from '../../../shared/consent/identifying-details';

const found = (text: string, lang: 'en' | 'es') =>
  findIdentifyingDetails(text, lang).map((f) => [f.kind, f.text] as [IdentifyingKind, string]);

describe('identifying-detail finder', () => {
  it('finds emails and phone numbers, and gives offsets that point at the words', () => {
    const text = 'Write to ana.ruiz@example.org or call (555) 123-4567 or +34 612 345 678.';
    const findings = findIdentifyingDetails(text, 'en');
    expect(findings.map((f) => [f.kind, f.text])).toEqual(
      expect.arrayContaining([
        ['email', 'ana.ruiz@example.org'],
        ['phone', '(555) 123-4567'],
        ['phone', '+34 612 345 678'],
      ]),
    );
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings.find((f) => f.kind === 'email')?.category).toBe('contact');
  });

  it('does not take short numbers or years for phone numbers', () => {
    expect(found('I was 17 in 2009 and worked 12 hours a day.', 'en').filter(([k]) => k === 'phone')).toEqual([]);
  });

  it('finds English street addresses and dates', () => {
    const kinds = found('We lived at 42 Elm Street until March 3, 2021, then moved on 12/04/2022.', 'en');
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['address', '42 Elm Street'],
        ['date', 'March 3, 2021'],
        ['date', '12/04/2022'],
      ]),
    );
  });

  it('finds English names of people, places and organizations', () => {
    const kinds = found('Yesterday I met John Smith at Acme Corporation in Chicago.', 'en');
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['person', 'John Smith'],
        ['organization', 'Acme Corporation'],
        ['place', 'Chicago'],
      ]),
    );
    // Trailing punctuation is not part of a name.
    expect(kinds.some(([, t]) => t.endsWith('.'))).toBe(false);
  });

  it('finds Spanish addresses, dates and names, and skips ordinary sentence openers', () => {
    const text =
      'Ayer hablé con Juan Pérez en Sevilla. Vivíamos en la Calle de Alcalá 25 desde el 3 de marzo de 2019. Trabajé para la Fundación Esperanza.';
    const kinds = found(text, 'es');
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['person', 'Juan Pérez'],
        ['place', 'Sevilla'],
        ['address', 'Calle de Alcalá 25'],
        ['date', '3 de marzo de 2019'],
        ['organization', 'Fundación Esperanza'],
      ]),
    );
    const texts = kinds.map(([, t]) => t);
    expect(texts).not.toContain('Ayer');
    expect(texts).not.toContain('Trabajé');
  });

  it('finds a phone number written as one run of digits, but not a longer number', () => {
    expect(found('Her number was 5551234567, call after six.', 'en')).toContainEqual(['phone', '5551234567']);
    expect(found('Llámala al 612345678.', 'es')).toContainEqual(['phone', '612345678']);
    // Sixteen digits is a card or account number's length, not a phone's.
    expect(found('The code was 1234567812345678.', 'en').filter(([k]) => k === 'phone')).toEqual([]);
  });

  it('keeps a Spanish name joined by "de la", "de los" or "del" whole, whatever its last word', () => {
    const kinds = found('Me llevó María de la Cruz. Después llegó José de los Santos con Ana del Río.', 'es');
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['person', 'María de la Cruz'],
        ['person', 'José de los Santos'],
        ['person', 'Ana del Río'],
      ]),
    );
    // "Cruz" alone would have been offered as an organisation, and "María" alone as a person.
    expect(kinds.map(([, t]) => t)).not.toContain('Cruz');
    expect(kinds.map(([, t]) => t)).not.toContain('María');
    expect(found('Nos ayudó Juana de las Nieves y  su hermana Rosa de  la Fuente.', 'es')).toEqual(
      expect.arrayContaining([
        ['person', 'Juana de las Nieves'],
        ['person', 'Rosa de  la Fuente'],
      ]),
    );
    // "y la" is not a join inside a name: "la Policía" is someone else.
    expect(found('Vi a Juan y la Policía llegó.', 'es').map(([, t]) => t)).not.toContain('Juan y la Policía');
    // A comma ends a name: two people, not one.
    expect(found('Vinieron Carlos, de la Paz también.', 'es')).not.toContainEqual(['person', 'Carlos, de la Paz']);
  });

  it('finds a Spanish name standing alone after a colon', () => {
    expect(found('El que mandaba: Ramiro.', 'es')).toContainEqual(['person', 'Ramiro']);
  });

  it('finds nothing in plain text without details, and never overlaps two findings', () => {
    expect(found('i was scared and alone, but i kept going.', 'en')).toEqual([]);
    const findings = findIdentifyingDetails('Call María López at 612 345 678 on 2 de mayo de 2020 in Madrid.', 'es');
    for (const [i, a] of findings.entries())
      for (const b of findings.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
  });
});
