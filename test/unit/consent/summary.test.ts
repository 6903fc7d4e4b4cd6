import { describe, expect, it } from 'vitest';
import { grantSchema, type ConsentGrant, type Identity } from '../../../shared/consent/grant';
import { formatConsentDate, listWords, summarizeGrant } from '../../../shared/consent/summary';

// The one sentence a person reads to know what they agreed to (and what a recipient's history shows).
const grant = (over: Partial<ConsentGrant> = {}): ConsentGrant =>
  grantSchema.parse({
    id: 'grant-0001',
    sourceIds: ['story-0001'],
    createdAt: '2026-11-01T10:00:00Z',
    audience: { kind: 'advocacy-organization', name: 'Safe Harbor Network' },
    purpose: 'a training on S.B. 12...',
    identity: { mode: 'full' },
    redact: { categories: ['person', 'place', 'date', 'organization', 'contact', 'other'], keep: [] },
    formats: ['docx'],
    expiresOn: '2027-03-01',
    ...over,
  });

describe('the grant in one sentence', () => {
  it('names every removed category, one format, and the last day (English)', () => {
    expect(summarizeGrant(grant())).toBe(
      'May be shared with Safe Harbor Network for a training on S.B. 12, under your full name, ' +
        'with marked names, places, dates, organizations, contact details and other details removed, as DOCX, until 1 March 2027.',
    );
  });

  it('names every removed category, one format, and the last day (Spanish)', () => {
    expect(summarizeGrant(grant(), 'es')).toBe(
      'Se puede compartir con Safe Harbor Network para a training on S.B. 12, con tu nombre completo, ' +
        'sin lo marcado como nombres, lugares, fechas, organizaciones, datos de contacto y otros datos, en DOCX, hasta el 1 de marzo de 2027.',
    );
  });

  it('says when nothing is removed, and joins two formats with "or" / "o"', () => {
    const g = grant({ redact: { categories: [], keep: [] }, formats: ['pdf', 'docx'] });
    expect(summarizeGrant(g, 'en')).toBe(
      'May be shared with Safe Harbor Network for a training on S.B. 12, under your full name, with nothing removed, as PDF or DOCX, until 1 March 2027.',
    );
    expect(summarizeGrant(g, 'es')).toBe(
      'Se puede compartir con Safe Harbor Network para a training on S.B. 12, con tu nombre completo, sin quitar ningún dato, en PDF o DOCX, hasta el 1 de marzo de 2027.',
    );
  });

  it.each([
    [{ mode: 'first' }, 'under your first name', 'con tu nombre de pila'],
    [{ mode: 'initials' }, 'under your initials', 'con tus iniciales'],
    [{ mode: 'anonymous' }, 'anonymously', 'de forma anónima'],
    [{ mode: 'pseudonym', pseudonym: 'Rosa' }, "as 'Rosa'", 'como «Rosa»'],
  ] as [Identity, string, string][])('says how the author is named: %j', (identity, en, es) => {
    expect(summarizeGrant(grant({ identity }), 'en')).toContain(`S.B. 12, ${en}, with marked`);
    expect(summarizeGrant(grant({ identity }), 'es')).toContain(`S.B. 12, ${es}, sin lo marcado`);
  });

  it('begins with the day a withdrawn grant was withdrawn', () => {
    const g = grant({ revoked: { at: '2026-12-24T23:30:00Z', reason: '' } });
    expect(summarizeGrant(g, 'en')).toBe(`Withdrawn on 24 December 2026. ${summarizeGrant(grant(), 'en')}`);
    expect(summarizeGrant(g, 'es')).toBe(`Retirado el 24 de diciembre de 2026. ${summarizeGrant(grant(), 'es')}`);
  });

  it('reads terms not yet granted (no withdrawal to report)', () => {
    const { id: _i, sourceIds: _s, createdAt: _c, revoked: _r, ...terms } = grant();
    expect(summarizeGrant(terms)).toBe(summarizeGrant(grant()));
  });
});

describe('lists and dates in what a person reads', () => {
  it('joins words as a person would write them', () => {
    expect(listWords([], 'en')).toBe('');
    expect(listWords(['names'], 'en')).toBe('names');
    expect(listWords(['names', 'places'], 'en')).toBe('names and places');
    expect(listWords(['a', 'b', 'c'], 'es')).toBe('a, b y c');
  });
  it('writes a day the same everywhere, never shifted by a time zone', () => {
    expect(formatConsentDate('2027-01-01', 'en')).toBe('1 January 2027');
    expect(formatConsentDate('2026-12-31', 'es')).toBe('31 de diciembre de 2026');
  });
});
