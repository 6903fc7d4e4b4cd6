import { describe, expect, it } from 'vitest';
import type { DocNode as PMNode, StoryDoc } from '../../../shared/core/story-doc';
import {
  applyConsent,
  checkGrant,
  displayName,
  grantSchema,
  replaceAuthorMentions,
  summarizeGrant,
  type ConsentGrant,
} from '../../../shared/consent';
import { worded } from '../worded';

const grant = (over: Partial<ConsentGrant> = {}): ConsentGrant =>
  grantSchema.parse({
    id: 'grant-0001',
    sourceIds: ['story-0001'],
    createdAt: '2026-11-01T10:00:00Z',
    audience: { kind: 'legislative-committee', name: 'the Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identity: { mode: 'pseudonym', pseudonym: 'M.' },
    redact: { categories: ['person', 'place'], keep: [] },
    formats: ['pdf', 'docx'],
    expiresOn: '2027-03-01',
    publicRecordAcknowledged: true,
    ...over,
  });

const text = (t: string, marks?: PMNode['marks']): PMNode =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const sens = (category: string, id: string) => [{ type: 'sensitive', attrs: { category, id } }];
const para = (...content: PMNode[]): PMNode => ({ type: 'paragraph', content });
// Built loosely, as stored JSON the transform must read defensively (malformed on purpose here and there).
const doc = (...content: PMNode[]) => ({ type: 'doc', content }) as StoryDoc;
const allText = (n: PMNode): string => (n.text ?? '') + (n.content ?? []).map(allText).join('');

describe('consent checks', () => {
  const req = { format: 'pdf' as const, sourceIds: ['story-0001'], today: '2026-12-01' };
  it('allows an export within the terms', () => {
    expect(checkGrant(grant(), req)).toEqual([]);
  });
  it.each([
    ['no-grant', null, req],
    ['expired', grant(), { ...req, today: '2027-03-02' }],
    ['revoked', grant({ revoked: { at: '2026-11-20T00:00:00Z', reason: 'changed my mind' } }), req],
    ['format-not-allowed', grant({ formats: ['docx'] }), req],
    ['public-record-not-acknowledged', grant({ publicRecordAcknowledged: false }), req],
    ['source-not-covered', grant(), { ...req, sourceIds: ['story-0001', 'story-0002'] }],
    ['expiry-too-far', grant({ expiresOn: '2030-01-01' }), req],
  ] as const)('refuses with %s and a plain reason', (code, g, r) => {
    const refusals = checkGrant(g, r);
    expect(refusals.map((x) => x.code)).toContain(code);
    expect(worded(refusals[0]!).message).toMatch(/^[A-Z].+\.$/);
    expect(worded(refusals[0]!, 'es').message).toMatch(/^[A-ZÁÉÍÓÚ].+\.$/);
  });
  it('still allows the last day', () => {
    expect(checkGrant(grant(), { ...req, today: '2027-03-01' })).toEqual([]);
  });
  it('does not ask non-legislative audiences for the public-record acknowledgement', () => {
    const g = grant({
      audience: { kind: 'advocacy-organization', name: 'Safe Harbor Network' },
      publicRecordAcknowledged: false,
    });
    expect(checkGrant(g, req)).toEqual([]);
  });
  it('asks any audience for it when the document itself usually becomes public record (a legislative template)', () => {
    const g = grant({
      audience: { kind: 'advocacy-organization', name: 'Safe Harbor Network' },
      publicRecordAcknowledged: false,
    });
    expect(checkGrant(g, { ...req, publicRecord: true }).map((r) => r.code)).toEqual([
      'public-record-not-acknowledged',
    ]);
    expect(checkGrant({ ...g, publicRecordAcknowledged: true }, { ...req, publicRecord: true })).toEqual([]);
  });
});

describe('summary sentence', () => {
  it('reads as one plain sentence', () => {
    expect(summarizeGrant(grant())).toBe(
      "May be shared with the Senate Judiciary Committee for the hearing on SB 123, as 'M.', with marked names and places removed, as PDF or DOCX, until 1 March 2027.",
    );
  });
  it('speaks Spanish too', () => {
    expect(summarizeGrant(grant(), 'es')).toMatch(
      /^Se puede compartir con the Senate Judiciary Committee para .* como «M\.», sin lo marcado como nombres y lugares, en PDF o DOCX, hasta el 1 de marzo de 2027\.$/,
    );
  });
});

describe('identity', () => {
  const author = { full: 'María Elena Ruiz' };
  it.each([
    [{ mode: 'full' as const }, 'María Elena Ruiz'],
    [{ mode: 'first' as const }, 'María'],
    [{ mode: 'initials' as const }, 'M. E. R.'],
    [{ mode: 'pseudonym' as const, pseudonym: 'Rosa' }, 'Rosa'],
    [{ mode: 'anonymous' as const }, 'Anonymous'],
  ])('%j → %s', (identity, expected) => {
    expect(displayName(author, identity, 'en')).toBe(expected);
  });
  it('replaces every mention of the author, ignoring case and accents, but not inside other words', () => {
    expect(replaceAuthorMentions('MARIA ruiz told Ruiz-Lopez. Mariachi played.', author, 'M.')).toBe(
      'M. told M.-Lopez. Mariachi played.',
    );
  });
  it('writes one full stop where initials end a sentence, and keeps other punctuation', () => {
    expect(replaceAuthorMentions('I am María Elena Ruiz. Ask for Ruiz!', author, 'M. E. R.')).toBe(
      'I am M. E. R. Ask for M. E. R.!',
    );
    expect(replaceAuthorMentions('I am María Elena Ruiz.', author, 'Rosa')).toBe('I am Rosa.');
  });
});

describe('applyConsent', () => {
  const author = { full: 'Ana Torres' };
  const source = doc(
    para(
      text('My name is Ana Torres. '),
      text('Carlos', sens('person', 'd1')),
      text(' took me to '),
      text('Houston', sens('place', 'd2')),
      text(' in '),
      text('2019', sens('date', 'd3')),
      text('.'),
    ),
    { type: 'privateNote', content: [para(text('remember to ask about the shelter'))] },
    para(text('Mar', [...sens('person', 'd4'), { type: 'bold' }]), text('cos', sens('person', 'd4')), text(' helped.')),
  );

  it('drops private notes, replaces redacted details with one fixed placeholder each, and applies the identity', () => {
    const { doc: out, report } = applyConsent(source, grant(), author);
    const t = allText(out);
    expect(t).not.toMatch(/Carlos|Houston|Marcos|Mar|remember|Ana|Torres/);
    expect(t).toContain('My name is M. [name withheld] took me to [place withheld] in 2019.');
    expect(t).toContain('[name withheld] helped.');
    expect(t.match(/\[name withheld\]/g)).toHaveLength(2);
    expect(report).toEqual({ redacted: { person: 2, place: 1 }, identityReplacements: 1, privateNotesDropped: 1 });
    expect(JSON.stringify(out)).not.toContain('sensitive');
  });

  it('keeps details the writer chose to keep, and categories not redacted', () => {
    const g = grant({ redact: { categories: ['person', 'place'], keep: ['d2'] } });
    const t = allText(applyConsent(source, g, author).doc);
    expect(t).toContain('Houston');
    expect(t).toContain('2019');
    expect(t).not.toContain('Carlos');
  });

  it('uses the document language for placeholders and an anonymous author', () => {
    const g = grant({ identity: { mode: 'anonymous' } });
    const t = allText(applyConsent(source, g, author, 'es').doc);
    expect(t).toContain('[nombre omitido]');
    expect(t).toContain('[lugar omitido]');
    expect(t).not.toContain('Ana');
  });

  it('never changes the master copy', () => {
    const before = JSON.stringify(source);
    applyConsent(source, grant(), author);
    expect(JSON.stringify(source)).toBe(before);
  });
});
