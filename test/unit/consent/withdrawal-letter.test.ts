import { describe, expect, it } from 'vitest';
import { grantSchema, type AudienceKind, type ConsentGrant } from '../../../shared/consent/grant';
import { withdrawalLetter } from '../../../shared/consent/withdrawal-letter';

// The letter a person sends to take their consent back: every word of it is read by the
// recipient, so the whole letter is pinned in both languages.
const grant = (over: Partial<ConsentGrant> = {}): ConsentGrant =>
  grantSchema.parse({
    id: 'grant-0001',
    sourceIds: ['story-0001'],
    createdAt: '2026-11-01T10:00:00Z',
    audience: { kind: 'legislative-committee', name: 'the Senate Judiciary Committee' },
    purpose: 'the hearing on S.B. 123..',
    identity: { mode: 'initials' },
    redact: { categories: ['person'], keep: [] },
    formats: ['pdf'],
    expiresOn: '2027-03-01',
    publicRecordAcknowledged: true,
    ...over,
  });

const paragraphs = (doc: ReturnType<typeof withdrawalLetter>) =>
  doc.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : `<${b.type}>`));

describe('the withdrawal letter', () => {
  it('withdraws consent in plain English, dated, addressed and signed', () => {
    const letter = withdrawalLetter(
      {
        grant: grant(),
        signedAs: 'M. Q. V.',
        today: '2027-02-10',
        sentOn: ['2026-12-01T09:00:00Z', '2026-12-01T15:00:00Z', '2027-01-05'],
      },
      'en',
    );
    expect(letter).toEqual({
      language: 'en',
      title: 'Withdrawal of consent',
      byline: null,
      headingBlock: ['10 February 2027'],
      salutation: 'To the Senate Judiciary Committee,',
      blocks: expect.any(Array),
      signature: ['Sincerely,', 'M. Q. V.'],
      paper: 'letter',
    });
    expect(paragraphs(letter)).toEqual([
      'On 1 November 2026 I gave my consent for you to use my account for the hearing on S.B. 123. I am withdrawing that consent as of 10 February 2027.',
      'This includes the documents I sent you on 1 December 2026 and 5 January 2027.',
      'Please stop using it, do not share it further, and delete the copies you hold, as far as you can.',
      'I understand that a document already submitted as public record, or already published, cannot be recalled, and that this letter does not change that. I ask that you not use it again and, where your rules allow, that you stop publishing it.',
      'Please confirm in writing that you have received this letter.',
    ]);
  });

  it('withdraws consent in Spanish, addressing them as a group', () => {
    const letter = withdrawalLetter(
      { grant: grant(), signedAs: 'Rosa', today: '2027-02-10', sentOn: ['2026-12-01', '2027-01-05', '2027-01-06'] },
      'es',
    );
    expect(letter.language).toBe('es');
    expect(letter.title).toBe('Retiro del consentimiento');
    expect(letter.headingBlock).toEqual(['10 de febrero de 2027']);
    expect(letter.salutation).toBe('A the Senate Judiciary Committee:');
    expect(letter.signature).toEqual(['Atentamente,', 'Rosa']);
    expect(paragraphs(letter)).toEqual([
      'El 1 de noviembre de 2026 di mi consentimiento para que usaran mi relato para the hearing on S.B. 123. Retiro ese consentimiento a partir del 10 de febrero de 2027.',
      'Esto incluye los documentos que les envié el 1 de diciembre de 2026, 5 de enero de 2027 y 6 de enero de 2027.',
      'Les pido que dejen de usarlo, que no lo compartan más y que borren las copias que tengan, en la medida de lo posible.',
      'Sé que un documento ya presentado como registro público, o ya publicado, no se puede retirar, y que esta carta no cambia eso. Les pido que no lo vuelvan a usar y que, si sus normas lo permiten, dejen de publicarlo.',
      'Por favor, confirmen por escrito que recibieron esta carta.',
    ]);
  });

  it('leaves out the sentence about documents sent when none were', () => {
    for (const lang of ['en', 'es'] as const) {
      const text = paragraphs(
        withdrawalLetter({ grant: grant(), signedAs: 'M.', today: '2027-02-10', sentOn: [] }, lang),
      );
      expect(text).toHaveLength(4);
      expect(text.join(' ')).not.toMatch(/This includes|Esto incluye/);
    }
  });

  it('is honest about public records for every audience whose copy may be public, and only for those', () => {
    const says = (kind: AudienceKind, publicRecordAcknowledged: boolean) =>
      paragraphs(
        withdrawalLetter(
          {
            grant: grant({ audience: { kind, name: 'X' }, publicRecordAcknowledged }),
            signedAs: 'M.',
            today: '2027-02-10',
            sentOn: [],
          },
          'en',
        ),
      ).some((p) => p.includes('public record'));
    expect(says('legislative-committee', false)).toBe(true);
    expect(says('legislator-office', false)).toBe(true);
    expect(says('media', false)).toBe(true);
    expect(says('public', false)).toBe(true);
    expect(says('advocacy-organization', true)).toBe(true);
    expect(says('advocacy-organization', false)).toBe(false);
    expect(says('other', false)).toBe(false);
    const plain = paragraphs(
      withdrawalLetter(
        {
          grant: grant({ audience: { kind: 'other', name: 'X' }, publicRecordAcknowledged: false }),
          signedAs: 'M.',
          today: '2027-02-10',
          sentOn: [],
        },
        'en',
      ),
    );
    expect(plain).toHaveLength(3);
  });
});
