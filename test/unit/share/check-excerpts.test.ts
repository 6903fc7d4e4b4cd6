import { describe, expect, it } from 'vitest';
import {
  attributeExcerpts,
  checkBriefingExcerpts,
  type BriefingExcerpt,
  type BriefingExportRequest,
} from '../../../shared/share/check-excerpts';
import { describeShareTerms } from '../../../shared/share/describe-terms';
import type { ShareTerms } from '../../../shared/share/share-terms';
import { worded } from '../worded';

const terms = (patch: Partial<ShareTerms> = {}): ShareTerms => ({
  audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
  purpose: 'The hearing on SB 123.',
  identityMode: 'initials',
  attribution: 'M. R.',
  formats: ['pdf'],
  redacted: ['person'],
  expiresOn: '2027-06-01',
  note: '',
  ...patch,
});

const excerpt = (
  id: string,
  label: string,
  t: ShareTerms | null,
  revokedAt: string | null = null,
): BriefingExcerpt => ({
  id,
  sharedStoryId: `story-${id}`,
  sourceLabel: label,
  terms: t,
  revokedAt,
});

const request = (patch: Partial<BriefingExportRequest> = {}): BriefingExportRequest => ({
  audienceKind: 'legislative-committee',
  purpose: 'the hearing on sb 123',
  format: 'pdf',
  today: '2027-02-01',
  ...patch,
});

describe('checking a briefing’s excerpts against their terms', () => {
  it('allows an export every excerpt’s terms cover (purpose matched regardless of case and punctuation)', () => {
    expect(checkBriefingExcerpts([excerpt('a', 'Rosa', terms()), excerpt('b', 'J.', terms())], request())).toEqual([]);
  });

  it('an excerpt whose grant forbids the audience blocks the export, named by number and source', () => {
    const refusals = checkBriefingExcerpts(
      [
        excerpt('a', 'First story', terms()),
        excerpt('b', 'Second story', terms({ audience: { kind: 'advocacy-organization', name: 'Hope House' } })),
      ],
      request(),
    );
    expect(refusals.map((r) => worded(r))).toEqual([
      {
        excerptId: 'b',
        excerptNumber: 2,
        sharedStoryId: 'story-b',
        code: 'audience',
        message:
          "Excerpt 2 (from 'Second story') was shared only for an advocacy organization, not for a legislative committee. Take it out of this briefing.",
      },
    ]);
  });

  it.each([
    ['format', request({ format: 'docx' }), terms(), /cannot go into a DOCX file; the consent allows PDF/],
    ['expired', request({ today: '2027-06-02' }), terms(), /consent ended on 1 June 2027/],
    ['purpose', request({ purpose: 'a press release' }), terms(), /shared for 'The hearing on SB 123.'/],
  ] as const)('refuses for %s, saying why', (code, req, t, message) => {
    const [r, ...rest] = checkBriefingExcerpts([excerpt('a', 'Story A', t)], req);
    expect(rest).toEqual([]);
    expect(r!.code).toBe(code);
    expect(worded(r!).message).toMatch(message);
    expect(worded(r!).message).toMatch(/^Excerpt 1 \(from 'Story A'\)/);
  });

  it('a purpose the advocate confirmed for that story is accepted', () => {
    const req = request({ purpose: 'Joint testimony for SB 123', purposeConfirmedFor: ['story-a'] });
    expect(checkBriefingExcerpts([excerpt('a', 'A', terms())], req)).toEqual([]);
    expect(checkBriefingExcerpts([excerpt('b', 'B', terms())], req).map((r) => r.code)).toEqual(['purpose']);
  });

  it('a withdrawn or missing story blocks the export, and withdrawal is the one reason given', () => {
    const refusals = checkBriefingExcerpts(
      [excerpt('a', 'A', terms({ formats: ['docx'] }), '2027-01-20T10:00:00Z'), excerpt('b', 'B', null)],
      request(),
    );
    expect(refusals.map((r) => [r.excerptNumber, r.code])).toEqual([
      [1, 'revoked'],
      [2, 'missing'],
    ]);
    expect(worded(refusals[0]!).message).toMatch(/withdrew their consent on 20 January 2027/);
  });

  it('lists every blocking excerpt at once, and speaks Spanish when asked', () => {
    const refusals = checkBriefingExcerpts(
      [
        excerpt('a', 'A', terms({ audience: { kind: 'media', name: 'Radio' } })),
        excerpt('b', 'B', terms({ formats: ['docx'] })),
      ],
      request(),
    );
    expect(refusals.map((r) => r.code)).toEqual(['audience', 'format']);
    expect(worded(refusals[0]!, 'es').message).toMatch(/^El extracto 1 \(de «A»\) se compartió solo para los medios/);
  });
});

describe('the terms sentence', () => {
  it('is told in the past once the consent ended or was withdrawn', () => {
    expect(describeShareTerms(terms(), 'en')).toMatch(
      /^You may quote this for Senate Judiciary Committee \(a legislative committee\), for The hearing on SB 123, credited to 'M\. R\.', as PDF, until 1 June 2027\. Marked names were removed before it was shared\.$/,
    );
    expect(describeShareTerms(terms(), 'en', { ended: true })).toMatch(/^It could be quoted for Senate/);
    expect(describeShareTerms(terms({ identityMode: 'anonymous', attribution: '', redacted: [] }), 'es')).toBe(
      'Puedes citarlo para Senate Judiciary Committee (una comisión legislativa), para The hearing on SB 123, sin nombre (anónimo), en PDF, hasta el 1 de junio de 2027.',
    );
  });
});

describe('attributing excerpts', () => {
  it('credits each excerpt as its identity says, never with more than the package holds', () => {
    const names = attributeExcerpts(
      [
        excerpt('a', 'A', terms()),
        excerpt('b', 'B', terms({ identityMode: 'pseudonym', attribution: 'Luz' })),
        excerpt('c', 'C', terms({ identityMode: 'anonymous', attribution: '' })),
      ],
      'es',
    );
    expect(names).toEqual([
      { excerptId: 'a', name: 'M. R.' },
      { excerptId: 'b', name: 'Luz' },
      { excerptId: 'c', name: 'Anónimo' },
    ]);
  });
});
