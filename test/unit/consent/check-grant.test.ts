import { describe, expect, it } from 'vitest';
import { checkGrant, grantSchema, type ConsentGrant } from '../../../shared/consent';
import { worded } from '../worded';

// What a person is told when an export is refused, word for word, and where each limit falls.
const grant = (over: Partial<ConsentGrant> = {}): ConsentGrant =>
  grantSchema.parse({
    id: 'grant-0001',
    sourceIds: ['story-0001', 'story-0002'],
    createdAt: '2026-11-01T10:00:00Z',
    audience: { kind: 'legislative-committee', name: 'the Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identity: { mode: 'initials' },
    redact: { categories: ['person'], keep: [] },
    formats: ['pdf'],
    expiresOn: '2027-03-01',
    publicRecordAcknowledged: true,
    ...over,
  });
const req = { format: 'pdf' as const, sourceIds: ['story-0001'], today: '2026-12-01' };

describe('checkGrant, word for word', () => {
  it('names every broken term, in order, each in one plain sentence', () => {
    const g = grant({
      revoked: { at: '2027-01-05T08:00:00Z', reason: 'changed my mind' },
      expiresOn: '2027-01-01',
      formats: ['docx'],
      publicRecordAcknowledged: false,
    });
    expect(
      checkGrant(g, { ...req, today: '2027-01-10', sourceIds: ['story-0001', 'story-0003'] }).map((r) => worded(r)),
    ).toEqual([
      { code: 'revoked', message: 'This consent was withdrawn on 2027-01-05, so nothing can be exported under it.' },
      { code: 'expired', message: 'This consent ended on 2027-01-01. Create a new one if you still want to share.' },
      { code: 'format-not-allowed', message: 'This consent does not allow PDF files.' },
      {
        code: 'public-record-not-acknowledged',
        message:
          'Testimony to lawmakers usually becomes public record and is often searchable online. Confirm you understand this before exporting.',
      },
      { code: 'source-not-covered', message: 'This consent does not cover one of the stories this document quotes.' },
    ]);
  });

  it('says there is no consent, and counts uncovered stories', () => {
    expect(checkGrant(null, req).map((r) => worded(r))).toEqual([
      { code: 'no-grant', message: 'There is no consent for this export. Choose or create one first.' },
    ]);
    expect(checkGrant(undefined, req).map((r) => r.code)).toEqual(['no-grant']);
    expect(checkGrant(grant(), { ...req, sourceIds: ['a', 'story-0001', 'b'] }).map((r) => worded(r))).toEqual([
      { code: 'source-not-covered', message: 'This consent does not cover 2 of the stories this document quotes.' },
    ]);
    expect(worded(checkGrant(grant({ formats: ['pdf'] }), { ...req, format: 'docx' })[0]!).message).toBe(
      'This consent does not allow Word (DOCX) files.',
    );
  });

  it('allows the last day and refuses the day after; allows three years and refuses a day more', () => {
    expect(checkGrant(grant(), { ...req, today: '2027-03-01' })).toEqual([]);
    expect(checkGrant(grant(), { ...req, today: '2027-03-02' }).map((r) => r.code)).toEqual(['expired']);
    // 3 × 366 days from 2026-11-01 is 2029-11-03.
    expect(checkGrant(grant({ expiresOn: '2029-11-03' }), req)).toEqual([]);
    expect(checkGrant(grant({ expiresOn: '2029-11-04' }), req).map((r) => worded(r))).toEqual([
      { code: 'expiry-too-far', message: 'A consent can last at most three years.' },
    ]);
  });

  it('asks for the public-record acknowledgement only from lawmakers or for a public-record document', () => {
    const advocates = { kind: 'advocacy-organization' as const, name: 'Safe Harbor Network' };
    expect(checkGrant(grant({ audience: advocates, publicRecordAcknowledged: false }), req)).toEqual([]);
    expect(
      checkGrant(grant({ audience: advocates, publicRecordAcknowledged: false }), { ...req, publicRecord: false }),
    ).toEqual([]);
    expect(checkGrant(grant({ publicRecordAcknowledged: false }), req).map((r) => r.code)).toEqual([
      'public-record-not-acknowledged',
    ]);
    expect(checkGrant(grant(), { ...req, publicRecord: true })).toEqual([]);
  });
});

describe('checkGrant for a document that becomes public record whoever receives it', () => {
  it('refuses without the acknowledgement even when the audience is not lawmakers', () => {
    const advocates = { kind: 'advocacy-organization' as const, name: 'Safe Harbor Network' };
    const refused = checkGrant(grant({ audience: advocates, publicRecordAcknowledged: false }), {
      ...req,
      publicRecord: true,
    });
    expect(refused.map((r) => r.code)).toEqual(['public-record-not-acknowledged']);
  });
});
