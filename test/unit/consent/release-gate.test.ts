import { describe, expect, it } from 'vitest';
import type { StoryDoc, TextNode } from '../../../shared/core/story-doc';
import type { SensitiveCategory } from '../../../shared/core/sensitive-categories';
import { grantTermsSchema, type GrantTerms } from '../../../shared/consent';
import { CHANGE_MARK } from '../../../shared/consent/transform';
import { releaseDocument } from '../../../shared/release/release-gate';

const terms = (over: Partial<GrantTerms> = {}): GrantTerms =>
  grantTermsSchema.parse({
    audience: { kind: 'legislative-committee', name: 'the committee' },
    purpose: 'the hearing',
    identity: { mode: 'initials' },
    redact: { categories: ['person', 'place', 'organization', 'contact'], keep: [] },
    formats: ['pdf'],
    expiresOn: '2027-03-01',
    publicRecordAcknowledged: true,
    ...over,
  });

const sens = (t: string, category: SensitiveCategory, id: string): TextNode => ({
  type: 'text',
  text: t,
  marks: [{ type: 'sensitive', attrs: { category, id } }],
});
const body: StoryDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [sens('Victor Salgado', 'person', 'p1'), { type: 'text', text: ' in ' }, sens('Fresno', 'place', 'l1')],
    },
  ],
};
const SLOT = '\u{E000}author\u{E000}';
const author = { full: 'María Ruiz' };

describe('the release gate', () => {
  it('applies the register, the identity and the template fields to every line that leaves', () => {
    const out = releaseDocument(
      {
        body,
        title: 'What Victor did in FRESNO',
        headingBlock: [`Testimony of ${SLOT}`, 'Fresno, Senate District 14'],
        salutation: 'Dear Mr. Salgado:',
        signature: [SLOT, 'Central Valley Survivor Council', 'c/o Central Valley Justice Project, (559) 555-0199'],
        fields: [
          { id: 'district', value: 'Fresno, Senate District 14', category: 'place' },
          { id: 'organization', value: 'Central Valley Survivor Council', category: 'organization' },
          { id: 'contact', value: 'c/o Central Valley Justice Project, (559) 555-0199', category: 'contact' },
          { id: 'committee', value: 'Judiciary', category: null },
        ],
        coverNote: 'Shared with the committee about María.',
        shareTitle: 'Victor’s story, by María Ruiz',
        fileName: 'salgado-ruiz',
        history: ['for Maria in Fresno'],
      },
      { terms: terms(), author, language: 'en', authorSlot: SLOT },
    );
    expect(out.title).toBe('What [name withheld] did in [place withheld]');
    expect(out.headingBlock).toEqual(['Testimony of M. R.', '[place withheld]']);
    expect(out.salutation).toBe('Dear [name withheld]:');
    expect(out.signature).toEqual(['M. R.', '[organization withheld]', '[contact withheld]']);
    expect(out.coverNote).toBe('Shared with the committee about M. R.');
    expect(out.shareTitle).toBe('[name withheld] story, by M. R.');
    expect(out.fileName).toBe('[name withheld]-M. R.');
    expect(out.history).toEqual(['for M. R. in [place withheld]']);
    expect(out.authorName).toBe('M. R.');
    expect(out.report.unmarked).toMatchObject({ person: 4, place: 3, organization: 1, contact: 1 });
  });

  it('leaves a field as written when its category is not withheld, and a line without a consent’s business alone', () => {
    const out = releaseDocument(
      {
        signature: ['Central Valley Survivor Council'],
        fields: [{ id: 'organization', value: 'Central Valley Survivor Council', category: 'organization' }],
        shareTitle: null,
      },
      {
        terms: terms({ redact: { categories: ['person'], keep: [] }, identity: { mode: 'full' } }),
        author,
        language: 'es',
      },
    );
    expect(out.signature).toEqual(['Central Valley Survivor Council']);
    expect(out.shareTitle).toBeNull();
    expect(out.body).toBeNull();
  });

  it('uses the saved register of the story: a variant turned off stays, in the body and the lines alike', () => {
    const registers = [
      [{ id: 'p1', category: 'person' as const, text: 'Victor Salgado', variants: [{ text: 'Victor', on: false }] }],
    ];
    const out = releaseDocument(
      { body, title: 'Victor and Victor Salgado' },
      { terms: terms({ identity: { mode: 'full' } }), author, language: 'en', registers },
    );
    expect(out.title).toBe('Victor and [name withheld]');
  });
});

describe('the release gate, as an adversary would try it', () => {
  const ctx = { terms: terms(), author, language: 'en' as const };

  it('withholds a saved detail from every line even when there is no body to learn it from', () => {
    const register = [{ id: 'p1', category: 'person' as const, text: 'Victor Salgado', variants: [] }];
    const out = releaseDocument(
      { title: 'About Victor Salgado', history: ['sent about victor salgado'] },
      { ...ctx, registers: [register] },
    );
    expect(out.title).not.toMatch(/Victor|Salgado/i);
    expect(out.history.join()).not.toMatch(/Victor|Salgado/i);
  });

  it('a typed field value is withheld even run into another word, and a blank one changes nothing', () => {
    const out = releaseDocument(
      {
        signature: ['Signed: AnaMaría, 2027'],
        salutation: 'Dear all,',
        // As typed, with spaces around it; a blank value of a withheld kind is no detail at all.
        fields: [
          { id: 'witness', value: ' Ana ', category: 'person' },
          { id: 'town', value: '   ', category: 'place' },
        ],
      },
      ctx,
    );
    expect(out.signature.join()).not.toContain('Ana');
    expect(out.salutation).toBe('Dear all,');
  });

  it('flags changes for the preview only when asked: a file never carries the flags', () => {
    const flagged = (flagChanges?: boolean) =>
      JSON.stringify(releaseDocument({ body }, { ...ctx, ...(flagChanges === undefined ? {} : { flagChanges }) }).body);
    expect(flagged(true)).toContain(CHANGE_MARK);
    expect(flagged(false)).not.toContain(CHANGE_MARK);
    expect(flagged()).not.toContain(CHANGE_MARK);
    for (const out of [flagged(true), flagged(false)]) expect(out).not.toMatch(/Victor|Fresno/);
  });

  it('adds no line that was not given', () => {
    const out = releaseDocument({}, ctx);
    expect([out.headingBlock, out.signature, out.history]).toEqual([[], [], []]);
    expect([out.body, out.title, out.salutation, out.coverNote, out.shareTitle, out.fileName]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('names the witness in a caption as the consent allows, never "Statement of Anonymous"', () => {
    const CAPTION = '\u{E000}caption\u{E000}';
    const caption = (identity: GrantTerms['identity'], anonymous: string | null) =>
      releaseDocument(
        { headingBlock: [`Statement of ${CAPTION}`] },
        { terms: terms({ identity }), author, language: 'en', captionSlot: { slot: CAPTION, anonymous } },
      ).headingBlock;
    expect(caption({ mode: 'anonymous' }, 'a survivor witness')).toEqual(['Statement of a survivor witness']);
    expect(caption({ mode: 'initials' }, 'a survivor witness')).toEqual(['Statement of M. R.']);
    expect(caption({ mode: 'full' }, 'a survivor witness')).toEqual(['Statement of María Ruiz']);
    expect(caption({ mode: 'anonymous' }, null)).toEqual(['Statement of Anonymous']);
  });
});

describe('an e-mail address with a withheld name in it', () => {
  const contactKept = terms({ redact: { categories: ['person', 'place'], keep: [] } });
  const marquez = { full: 'María Quintero' };

  it.each([
    ['en', '[contact withheld]'],
    ['es', '[contacto omitido]'],
  ] as const)('leaves whole, never as a half-address (%s)', (language, withheld) => {
    const out = releaseDocument(
      {
        body,
        signature: [SLOT, 'maria@example.org', 'office@example.org', 'Maria_Q.1+x%y-z@mail-2.example.org'],
        fields: [{ id: 'contact', value: 'maria@example.org', category: 'contact' }],
        salutation: 'Write to quintero.m@example.org or victor.salgado@example.org, or to Maria.',
        headingBlock: ['Fresno.office@example.org'],
      },
      { terms: contactKept, author: marquez, language, authorSlot: SLOT },
    );
    // Every character people put in an address belongs to it: nothing of this one is left over.
    expect(out.signature).toEqual(['M. Q.', withheld, 'office@example.org', withheld]);
    // A withheld detail in an address takes the address too; the name outside one is the identity.
    expect(out.salutation).toBe(`Write to ${withheld} or ${withheld}, or to M. Q.`);
    expect(out.headingBlock).toEqual([withheld]);
    expect(JSON.stringify(out)).not.toMatch(/@example\.org(?<!office@example\.org)|maria|quintero|salgado|fresno/i);
  });
});
