import { describe, expect, it } from 'vitest';
import { grantSchema, type ConsentGrant } from '../../../shared/consent';
import { coverNoteText } from '../../../shared/consent/cover-note';

// The cover note is printed as the first paragraph of an exported file: every word of it leaves
// Harbor, so the whole sentence is pinned in both languages.
const grant = (over: Partial<ConsentGrant> = {}): ConsentGrant =>
  grantSchema.parse({
    id: 'grant-0001',
    sourceIds: ['story-0001'],
    createdAt: '2026-11-01T10:00:00Z',
    audience: { kind: 'legislative-committee', name: 'the Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identity: { mode: 'full' },
    redact: { categories: ['person', 'place', 'contact'], keep: [] },
    formats: ['pdf'],
    expiresOn: '2027-03-01',
    publicRecordAcknowledged: true,
    coverNote: true,
    ...over,
  });

const WITHDRAW_EN =
  'They may withdraw this consent at any time. If they do, please stop using this document and delete the copies you hold, as far as you can.';
const WITHDRAW_ES =
  'Puede retirar este consentimiento en cualquier momento. Si lo hace, por favor deje de usar este documento y borre las copias que tenga, en la medida de lo posible.';

describe('the cover note a recipient reads first', () => {
  it('names the audience, purpose, last day and what was removed, and how consent is withdrawn (English)', () => {
    expect(coverNoteText(grant(), 'en')).toBe(
      'The author shares this document with the Senate Judiciary Committee for the hearing on SB 123, with their consent, until 1 March 2027. ' +
        'Some names, places and contact details have been removed. ' +
        WITHDRAW_EN,
    );
  });

  it('says the same in Spanish', () => {
    expect(coverNoteText(grant(), 'es')).toBe(
      'La autora o el autor comparte este documento con the Senate Judiciary Committee para the hearing on SB 123, con su consentimiento, hasta el 1 de marzo de 2027. ' +
        'Se han quitado nombres, lugares y datos de contacto. ' +
        WITHDRAW_ES,
    );
  });

  it('says nothing was removed when nothing was, without an empty sentence', () => {
    const g = grant({ redact: { categories: [], keep: [] } });
    expect(coverNoteText(g, 'en')).toBe(
      'The author shares this document with the Senate Judiciary Committee for the hearing on SB 123, with their consent, until 1 March 2027. ' +
        WITHDRAW_EN,
    );
    expect(coverNoteText(g, 'es')).toBe(
      'La autora o el autor comparte este documento con the Senate Judiciary Committee para the hearing on SB 123, con su consentimiento, hasta el 1 de marzo de 2027. ' +
        WITHDRAW_ES,
    );
  });

  it('names a single removed category alone, and two joined by "and" / "y"', () => {
    expect(coverNoteText(grant({ redact: { categories: ['date'], keep: [] } }), 'en')).toContain(
      'March 2027. Some dates have been removed. They may',
    );
    expect(coverNoteText(grant({ redact: { categories: ['organization', 'other'], keep: [] } }), 'es')).toContain(
      '2027. Se han quitado organizaciones y otros datos. Puede',
    );
  });

  it('writes one full stop after a purpose that ends in its own, and keeps full stops inside it', () => {
    const g = grant({ purpose: 'the hearing on S.B. 123...' });
    expect(coverNoteText(g, 'en')).toContain('for the hearing on S.B. 123, with their consent');
    expect(coverNoteText(g, 'es')).toContain('para the hearing on S.B. 123, con su consentimiento');
  });

  it('words a purpose Harbor filled in in the document’s language, and keeps one the person wrote as written', () => {
    const filled = grant({ purpose: 'Testimony on SB 412' });
    expect(coverNoteText(filled, 'es')).toContain('para Testimonio sobre SB 412, con su consentimiento');
    expect(coverNoteText(filled, 'en')).toContain('for Testimony on SB 412, with their consent');
    const spanish = grant({ purpose: 'Evidencia escrita para Modern Slavery Act' });
    expect(coverNoteText(spanish, 'en')).toContain('for Written evidence to Modern Slavery Act, with');
    expect(coverNoteText(grant({ purpose: 'Testimony on the record' }), 'es')).toContain(
      'para Testimony on the record,',
    );
  });

  it('never names the author, whatever the identity chosen', () => {
    for (const identity of [{ mode: 'full' }, { mode: 'pseudonym', pseudonym: 'Rosa' }] as const) {
      const note = coverNoteText(grant({ identity }), 'en');
      expect(note).not.toMatch(/Rosa/);
      expect(note.startsWith('The author shares')).toBe(true);
    }
  });
});
