import { describe, expect, it, vi } from 'vitest';

// What a consent may say. The module is loaded inside each test, so its schemas are built with
// whatever the test sees (a schema built once at load would hide a changed limit).
const load = async () => {
  vi.resetModules();
  return import('../../../shared/consent/grant');
};

const TERMS = {
  audience: { kind: 'media', name: 'The Ledger' },
  purpose: 'an article',
  identity: { mode: 'full' },
  redact: { categories: ['person'] },
  formats: ['pdf'],
  expiresOn: '2027-03-01',
};
const STORED = {
  ...TERMS,
  id: 'grant-0001',
  sourceIds: ['story-0001'],
  createdAt: '2026-11-01T10:00:00Z',
};

describe('the terms of a consent', () => {
  it('fills in what the person did not choose: no exceptions, no note, nothing acknowledged, no cover note', async () => {
    const { grantTermsSchema } = await load();
    expect(grantTermsSchema.parse(TERMS)).toEqual({
      ...TERMS,
      redact: { categories: ['person'], keep: [] },
      note: '',
      publicRecordAcknowledged: false,
      coverNote: false,
    });
  });

  it('trims the audience, purpose and pseudonym, and refuses them empty or too long', async () => {
    const { grantTermsSchema } = await load();
    const ok = (over: object) => grantTermsSchema.safeParse({ ...TERMS, ...over }).success;
    const parsed = grantTermsSchema.parse({
      ...TERMS,
      audience: { kind: 'media', name: '  The Ledger ' },
      purpose: ' an article ',
      identity: { mode: 'pseudonym', pseudonym: ' Rosa ' },
    });
    expect([parsed.audience.name, parsed.purpose, parsed.identity]).toEqual([
      'The Ledger',
      'an article',
      { mode: 'pseudonym', pseudonym: 'Rosa' },
    ]);
    expect(ok({ audience: { kind: 'media', name: '  ' } })).toBe(false);
    expect(ok({ audience: { kind: 'media', name: 'x' } })).toBe(true);
    expect(ok({ audience: { kind: 'media', name: 'x'.repeat(200) } })).toBe(true);
    expect(ok({ audience: { kind: 'media', name: 'x'.repeat(201) } })).toBe(false);
    expect(ok({ audience: { kind: 'press', name: 'x' } })).toBe(false);
    expect(ok({ purpose: ' ' })).toBe(false);
    expect(ok({ purpose: 'p' })).toBe(true);
    expect(ok({ purpose: 'p'.repeat(500) })).toBe(true);
    expect(ok({ purpose: 'p'.repeat(501) })).toBe(false);
    expect(ok({ identity: { mode: 'pseudonym', pseudonym: ' ' } })).toBe(false);
    expect(ok({ identity: { mode: 'pseudonym', pseudonym: 'R' } })).toBe(true);
    expect(ok({ identity: { mode: 'pseudonym', pseudonym: 'R'.repeat(80) } })).toBe(true);
    expect(ok({ identity: { mode: 'pseudonym', pseudonym: 'R'.repeat(81) } })).toBe(false);
    for (const mode of ['full', 'first', 'initials', 'anonymous']) expect(ok({ identity: { mode } })).toBe(true);
    expect(ok({ identity: { mode: 'nickname' } })).toBe(false);
  });

  it('takes each category and format once at most, at least one format, a real day, and nothing unknown', async () => {
    const { grantTermsSchema } = await load();
    const ok = (over: object) => grantTermsSchema.safeParse({ ...TERMS, ...over }).success;
    const all = ['person', 'place', 'date', 'organization', 'contact', 'other'];
    expect(ok({ redact: { categories: all } })).toBe(true);
    expect(ok({ redact: { categories: [...all, 'person'] } })).toBe(false);
    expect(ok({ redact: { categories: ['face'] } })).toBe(false);
    expect(ok({ redact: { categories: [], keep: ['k'.repeat(64)] } })).toBe(true);
    expect(ok({ redact: { categories: [], keep: ['k'.repeat(65)] } })).toBe(false);
    expect(ok({ redact: { categories: [], keep: Array.from({ length: 10_000 }, () => 'k') } })).toBe(true);
    expect(ok({ redact: { categories: [], keep: Array.from({ length: 10_001 }, () => 'k') } })).toBe(false);
    expect(ok({ formats: [] })).toBe(false);
    expect(ok({ formats: ['docx', 'pdf'] })).toBe(true);
    expect(ok({ formats: ['docx', 'pdf', 'pdf'] })).toBe(false);
    expect(ok({ expiresOn: '2027-02-30' })).toBe(false);
    expect(ok({ note: 'n'.repeat(2000) })).toBe(true);
    expect(ok({ note: 'n'.repeat(2001) })).toBe(false);
    expect(ok({ surprise: true })).toBe(false);
    expect(grantTermsSchema.safeParse({ ...TERMS, expiresOn: 'soon' }).error?.issues[0]?.message).toBe(
      'request.notADate',
    );
  });
});

describe('a consent as stored', () => {
  it('is not withdrawn unless it says so', async () => {
    const { grantSchema } = await load();
    expect(grantSchema.parse(STORED).revoked).toBeNull();
    expect(grantSchema.parse({ ...STORED, revoked: { at: '2026-12-01', reason: 'r' } }).revoked).toEqual({
      at: '2026-12-01',
      reason: 'r',
    });
  });

  it('keeps a last day as written, and bounds ids, sources and reasons', async () => {
    const { grantSchema } = await load();
    const ok = (over: object) => grantSchema.safeParse({ ...STORED, ...over }).success;
    expect(ok({ expiresOn: '2025-02-30' })).toBe(true);
    expect(ok({ expiresOn: 'x'.repeat(41) })).toBe(false);
    expect(ok({ id: 'g'.repeat(8) })).toBe(true);
    expect(ok({ id: 'g'.repeat(7) })).toBe(false);
    expect(ok({ id: 'g'.repeat(64) })).toBe(true);
    expect(ok({ id: 'g'.repeat(65) })).toBe(false);
    expect(ok({ sourceIds: [] })).toBe(false);
    expect(ok({ sourceIds: ['s'.repeat(7)] })).toBe(false);
    expect(ok({ sourceIds: ['s'.repeat(65)] })).toBe(false);
    expect(ok({ sourceIds: Array.from({ length: 500 }, () => 'story-01') })).toBe(true);
    expect(ok({ sourceIds: Array.from({ length: 501 }, () => 'story-01') })).toBe(false);
    expect(ok({ revoked: { at: 'x', reason: 'r'.repeat(1000) } })).toBe(true);
    expect(ok({ revoked: { at: 'x', reason: 'r'.repeat(1001) } })).toBe(false);
  });
});

describe('days and audiences', () => {
  it('counts whole days between two dates in UTC, whatever the time of day', async () => {
    const { daysBetween } = await load();
    expect(daysBetween('2026-12-31T23:00:00Z', '2027-01-01T01:00:00Z')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-01', 'never')).toBeNaN();
  });

  it('treats committees and legislators’ offices as legislative, no one else', async () => {
    const { isLegislative, AUDIENCE_KINDS, MAX_GRANT_DAYS, DEFAULT_GRANT_DAYS } = await load();
    expect(AUDIENCE_KINDS.filter(isLegislative)).toEqual(['legislative-committee', 'legislator-office']);
    expect([MAX_GRANT_DAYS, DEFAULT_GRANT_DAYS]).toEqual([1098, 365]);
  });
});
