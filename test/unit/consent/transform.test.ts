import { describe, expect, it } from 'vitest';
import type { DocNode as PMNode, StoryDoc } from '../../../shared/core/story-doc';
import {
  applyConsent,
  applyReplacements,
  CHANGE_MARK,
  consentRules,
  grantTermsSchema,
  planReplacements,
  type GrantTerms,
} from '../../../shared/consent';
import type { DetailRegister } from '../../../shared/story/detail-register';

// What leaves Harbor from a story: the text of the document after the consent is applied, exactly.
const terms = (over: Partial<GrantTerms> = {}): GrantTerms =>
  grantTermsSchema.parse({
    audience: { kind: 'media', name: 'The Ledger' },
    purpose: 'an article',
    identity: { mode: 'full' },
    redact: { categories: ['person', 'place'], keep: [] },
    formats: ['pdf'],
    expiresOn: '2027-03-01',
    ...over,
  });

const text = (t: string, marks?: PMNode['marks']): PMNode =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const sens = (category: unknown, id: unknown) => [{ type: 'sensitive', attrs: { category, id } }];
const bold = { type: 'bold' };
const br = (marks?: PMNode['marks']): PMNode => (marks ? { type: 'hardBreak', marks } : { type: 'hardBreak' });
const para = (...content: PMNode[]): PMNode => ({ type: 'paragraph', content });
// Built loosely, as stored JSON the transform must read defensively (malformed on purpose here and there).
const doc = (...content: PMNode[]) => ({ type: 'doc', content }) as StoryDoc;
const noAuthor = { full: '' };
const lineOf = (out: PMNode, i = 0) => out.content![i]!.content!;

describe('marked details', () => {
  it('withholds a detail marked with an unknown category as "detail withheld" when other details are withheld', () => {
    const d = doc(para(text('at '), text('the blue house', sens('colour', 'x1')), text('.')));
    const out = applyConsent(d, terms({ redact: { categories: ['other'], keep: [] } }), noAuthor);
    expect(lineOf(out.doc)).toEqual([text('at [detail withheld].')]);
    // Withheld as marked, not only found again through the register.
    expect(out.report).toEqual({ redacted: { other: 1 }, identityReplacements: 0, privateNotesDropped: 0 });
  });

  it('reads the sensitive mark among other marks, and withholds nothing that is only formatted', () => {
    const d = doc(para(text('Rosa', [bold, ...sens('person', 'p1')]), text(' was '), text('brave', [bold])));
    const out = applyConsent(d, terms({ redact: { categories: ['person', 'other'], keep: [] } }), noAuthor);
    expect(lineOf(out.doc)).toEqual([text('[name withheld]', [bold]), text(' was '), text('brave', [bold])]);
    expect(out.report).toEqual({ redacted: { person: 1 }, identityReplacements: 0, privateNotesDropped: 0 });
  });

  it('withholds a marked detail with no id, and keeps only the ids the person chose to keep', () => {
    const d = doc(para(text('Lima', sens('place', 42)), text(' or '), text('Quito', sens('place', 'k1'))));
    const out = applyConsent(d, terms({ redact: { categories: ['place'], keep: ['k1'] } }), noAuthor);
    expect(lineOf(out.doc)).toEqual([text('[place withheld] or Quito')]);
  });

  it('writes one placeholder for runs of one marked detail next to each other, two for two details', () => {
    const d = doc(
      para(text('Ro', sens('person', 'p1')), text('sa', [...sens('person', 'p1'), bold]), text(' and')),
      para(text('Ana', sens('person', 'p2')), text('Eva', sens('person', 'p3'))),
    );
    const out = applyConsent(d, terms(), noAuthor);
    expect(lineOf(out.doc, 0)).toEqual([text('[name withheld] and')]);
    expect(lineOf(out.doc, 1)).toEqual([text('[name withheld][name withheld]')]);
    expect(out.report.redacted).toEqual({ person: 3 });
  });

  it('keeps the words between two marks of the same detail in one sentence', () => {
    const d = doc(
      para(text('Rosa', sens('person', 'p1')), text(' met '), text('Rosa', sens('person', 'p1')), text('.')),
    );
    const out = applyConsent(d, terms(), noAuthor);
    expect(lineOf(out.doc)).toEqual([text('[name withheld] met [name withheld].')]);
    expect(out.report.redacted).toEqual({ person: 2 });
  });

  it('skips an empty marked run without a placeholder of its own', () => {
    const d = doc(para(text('a '), text('', sens('person', 'p1')), text('b')));
    const out = applyConsent(d, terms(), noAuthor);
    expect(lineOf(out.doc)).toEqual([text('a b')]);
    expect(out.report.redacted).toEqual({});
  });

  it('writes one placeholder for a detail marked in two runs inside a longer word, two for two details', () => {
    // Inside a word the register cannot find the name (word boundaries): only the marks join it.
    const d = doc(
      para(text('xx'), text('Ro', sens('person', 'p1')), text('sa', [...sens('person', 'p1'), bold]), text('yy')),
      para(text('xx'), text('Ro', sens('person', 'p1')), text('sa', sens('person', 'p2')), text('yy')),
    );
    const out = applyConsent(d, terms(), noAuthor);
    expect(lineOf(out.doc, 0)).toEqual([text('xx[name withheld]yy')]);
    expect(lineOf(out.doc, 1)).toEqual([text('xx[name withheld][name withheld]yy')]);
  });

  it('counts details found only through the register apart, by category', () => {
    const register: DetailRegister = [
      { id: 'p1', category: 'person', text: 'Rosa', variants: [] },
      { id: 'l1', category: 'place', text: 'Lima', variants: [] },
    ];
    const d = doc(para(text('Rosa', sens('person', 'p1')), text(' in Lima, Rosa in Lima')));
    const { doc: out, report } = applyConsent(d, terms(), noAuthor, 'en', { registers: [register] });
    expect(lineOf(out)).toEqual([text('[name withheld] in [place withheld], [name withheld] in [place withheld]')]);
    expect(report).toEqual({
      redacted: { person: 2, place: 2 },
      unmarked: { person: 1, place: 2 },
      identityReplacements: 0,
      privateNotesDropped: 0,
    });
  });

  it('reports no unmarked count when everything found was marked', () => {
    const d = doc(para(text('Rosa', sens('person', 'p1'))));
    expect(applyConsent(d, terms(), noAuthor).report).toEqual({
      redacted: { person: 1 },
      identityReplacements: 0,
      privateNotesDropped: 0,
    });
  });
});

describe('line breaks and formatting', () => {
  it('takes a line break inside a withheld name away with it, and keeps one elsewhere', () => {
    const d = doc(
      para(
        text('Rosa Delgado', sens('person', 'p1')),
        text(' met Rosa'),
        br(),
        text('Delgado. Then'),
        br(),
        text('home'),
      ),
    );
    expect(lineOf(applyConsent(d, terms(), noAuthor).doc)).toEqual([
      text('[name withheld] met [name withheld]. Then'),
      br(),
      text('home'),
    ]);
  });

  it('writes the placeholder where a name starts just after a line break, and removes marks from line breaks', () => {
    const d = doc(
      para(text('Rosa', sens('person', 'p1')), text(' x'), br([bold, ...sens('place', 'l9')]), text('Rosa')),
    );
    expect(lineOf(applyConsent(d, terms(), noAuthor).doc)).toEqual([
      text('[name withheld] x'),
      br([bold]),
      text('[name withheld]'),
    ]);
    const only = doc(para(text('a'), br(sens('person', 'p1')), text('b')));
    expect(lineOf(applyConsent(only, terms(), noAuthor).doc)).toEqual([text('a'), br(), text('b')]);
  });

  it('gives the placeholder the formatting of the run it starts in, and keeps other formatting', () => {
    const d = doc(para(text('Rosa', sens('person', 'p1')), text('I saw '), text('Ro', [bold]), text('sa leave', [])));
    expect(lineOf(applyConsent(d, terms(), noAuthor).doc)).toEqual([
      text('[name withheld]I saw '),
      text('[name withheld]', [bold]),
      text(' leave'),
    ]);
  });

  it('flags each replacement for the preview only when asked, with what kind of change it is', () => {
    const d = doc(para(text('Rosa', sens('person', 'p1')), text(' and Ana Ruiz', [bold])));
    const flagged = applyConsent(d, terms({ identity: { mode: 'initials' } }), { full: 'Ana Ruiz' }, 'en', {
      flagChanges: true,
    }).doc;
    expect(lineOf(flagged)).toEqual([
      text('[name withheld]', [{ type: CHANGE_MARK, attrs: { change: 'redacted' } }]),
      text(' and ', [bold]),
      text('A. R.', [bold, { type: CHANGE_MARK, attrs: { change: 'identity' } }]),
    ]);
    const plain = applyConsent(d, terms({ identity: { mode: 'initials' } }), { full: 'Ana Ruiz' }).doc;
    expect(lineOf(plain)).toEqual([text('[name withheld]'), text(' and A. R.', [bold])]);
  });

  it('keeps a text node without text as empty, and other nodes as they are', () => {
    const d = doc({ type: 'horizontalRule' }, para({ type: 'text' } as PMNode, text('Rosa', sens('person', 'p1'))), {
      type: 'image',
      attrs: { src: 'x' },
    });
    const out = applyConsent(d, terms(), noAuthor).doc;
    expect(out.content).toEqual([
      { type: 'horizontalRule' },
      para(text('[name withheld]')),
      { type: 'image', attrs: { src: 'x' } },
    ]);
  });

  it('drops private notes at any depth and counts them', () => {
    const note = { type: 'privateNote', content: [para(text('secret'))] };
    const d = doc(note, { type: 'blockquote', content: [para(text('kept')), note] });
    const { doc: out, report } = applyConsent(d, terms(), noAuthor);
    expect(out).toEqual(doc({ type: 'blockquote', content: [para(text('kept'))] }));
    expect(report.privateNotesDropped).toBe(2);
  });
});

describe('the author’s name', () => {
  const author = { full: 'María Elena Ruiz' };
  it('writes one identity for name parts side by side, and one per mention apart', () => {
    const d = doc(para(text('Elena  Ruiz, and Elena and Ruiz.')));
    const { doc: out, report } = applyConsent(d, terms({ identity: { mode: 'initials' } }), author);
    expect(lineOf(out)).toEqual([text('M. E. R., and M. E. R. and M. E. R.')]);
    expect(report.identityReplacements).toBe(3);
  });

  it('writes one full stop after initials ending a sentence, but keeps it after a name', () => {
    const d = doc(para(text('I am Ruiz. I am Ruiz')));
    expect(lineOf(applyConsent(d, terms({ identity: { mode: 'initials' } }), author).doc)).toEqual([
      text('I am M. E. R. I am M. E. R.'),
    ]);
    expect(lineOf(applyConsent(d, terms({ identity: { mode: 'first' } }), author).doc)).toEqual([
      text('I am María. I am María'),
    ]);
  });

  it('withholds a name marked inside a longer withheld detail under the longer one’s category', () => {
    const register: DetailRegister = [{ id: 'o1', category: 'organization', text: 'Rosa Lima Foods', variants: [] }];
    const d = doc(para(text('Rosa', sens('person', 'p1')), text(' Lima Foods hired me')));
    const out = applyConsent(
      d,
      terms({ redact: { categories: ['person', 'organization'], keep: [] } }),
      noAuthor,
      'en',
      {
        registers: [register],
      },
    );
    expect(lineOf(out.doc)).toEqual([text('[organization withheld] hired me')]);
  });

  it('withholds a withheld name inside the author’s name as a name, not as the identity', () => {
    const d = doc(para(text('Elena', sens('person', 'p1')), text(' Ruiz')));
    const { doc: out, report } = applyConsent(d, terms({ identity: { mode: 'first' } }), author);
    expect(lineOf(out)).toEqual([text('[name withheld] María')]);
    expect(report).toEqual({ redacted: { person: 1 }, identityReplacements: 1, privateNotesDropped: 0 });
  });
});

describe('planning replacements in one line', () => {
  const rules = consentRules(terms({ identity: { mode: 'initials' } }), { full: 'Ana Ruiz' }, 'es', [
    [{ id: 'l1', category: 'place', text: 'Lima', variants: [] }],
  ]);
  it('plans the placeholder and identity with their offsets, in the document language', () => {
    const line = 'Ana Ruiz fue a Lima.';
    const plan = planReplacements(line, [], rules);
    expect(plan).toEqual([
      { start: 0, end: 8, text: 'A. R.', change: 'identity' },
      { start: 15, end: 19, text: '[lugar omitido]', change: 'redacted', category: 'place', unmarked: true },
    ]);
    expect(applyReplacements(line, plan)).toBe('A. R. fue a [lugar omitido].');
  });
  it('withholds only categories redacted and details not kept', () => {
    const kept = consentRules(terms({ redact: { categories: ['place'], keep: ['l1'] } }), noAuthor, 'en', [
      [
        { id: 'l1', category: 'place', text: 'Lima', variants: [] },
        { id: 'p1', category: 'person', text: 'Rosa', variants: [] },
        { id: 'l2', category: 'place', text: 'Cusco', variants: [] },
      ],
    ]);
    expect(kept.withheld.map((d) => d.id)).toEqual(['l2']);
    expect(applyReplacements('Lima, Rosa, Cusco', planReplacements('Lima, Rosa, Cusco', [], kept))).toBe(
      'Lima, Rosa, [place withheld]',
    );
  });
});

describe('an e-mail address in the story', () => {
  it.each([
    ['en', '[contact withheld]'],
    ['es', '[contacto omitido]'],
  ] as const)('with the author’s name in it leaves whole; one without stays (%s)', (lang, withheld) => {
    const d = doc(para(text('Write to maria.q@example.org (María) or help@example.org, not maria@example.org.')));
    const out = applyConsent(
      d,
      terms({ identity: { mode: 'initials' }, redact: { categories: [], keep: [] } }),
      {
        full: 'María Quintero',
      },
      lang,
    );
    expect(lineOf(out.doc)).toEqual([text(`Write to ${withheld} (M. Q.) or help@example.org, not ${withheld}.`)]);
    expect(out.report).toMatchObject({ redacted: { contact: 2 }, identityReplacements: 1 });
  });

  it('stays when a marked detail only touches it: a mark ending where it begins, or starting where it ends', () => {
    // A selection often takes the space beside a word: "Rosa " and " Lima" hold no part of the address.
    const d = doc(
      para(
        text('Rosa ', sens('person', 'p1')),
        text('help@example.org'),
        text(' Lima', sens('place', 'l1')),
        text('.'),
      ),
    );
    const out = applyConsent(d, terms(), noAuthor);
    expect(lineOf(out.doc)).toEqual([text('[name withheld]help@example.org[place withheld].')]);
    expect(out.report).toEqual({ redacted: { person: 1, place: 1 }, identityReplacements: 0, privateNotesDropped: 0 });
  });
});
