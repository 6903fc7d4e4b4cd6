import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  draftFromTerms,
  draftProblems,
  latestExpiry,
  newDraft,
  termsFromDraft,
  type GrantDraft,
} from '../../../shared/consent/grant-draft';
import type { GrantTerms } from '../../../shared/consent/grant';

// The consent form as the person fills it in: what it starts with, what it refuses, and the
// terms it hands over.
const TODAY = '2026-12-06';
const filled = (over: Partial<GrantDraft> = {}): GrantDraft => ({
  ...newDraft(TODAY),
  audienceKind: 'advocacy-organization',
  audienceName: '  Safe Harbor Network ',
  purpose: ' a training ',
  ...over,
});

describe('dates on the form', () => {
  it('adds days across months and years, in UTC', () => {
    expect(addDays('2026-12-31T23:59:00Z', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('0998-01-05', 3)).toBe('1001-01-05');
    expect(addYears('2026-12-31', 3)).toBe('2029-12-31');
    // 2100 is no leap year, although 2096 and 2104 are.
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
    expect(addYears('0990-01-05', 3)).toBe('0993-01-05');
  });
  it('lets a grant run for at most three years from the day it is made', () => {
    expect(latestExpiry('2026-12-06')).toBe('2029-12-06');
  });
});

describe('a new consent form', () => {
  it('withholds everything, allows both formats, runs one year, and assumes nothing about the audience', () => {
    expect(newDraft(TODAY)).toEqual({
      audienceKind: '',
      audienceName: '',
      purpose: '',
      identity: 'anonymous',
      pseudonym: '',
      categories: ['person', 'place', 'date', 'organization', 'contact', 'other'],
      keep: [],
      formats: ['docx', 'pdf'],
      expiresOn: '2027-12-06',
      note: '',
      coverNote: false,
      publicRecordAcknowledged: false,
    });
  });
  it('asks for the audience, its name and the purpose', () => {
    expect(draftProblems(newDraft(TODAY), TODAY)).toEqual({
      audienceKind: 'required',
      audienceName: 'required',
      purpose: 'required',
    });
    expect(draftProblems(filled({ audienceName: '   ', purpose: '\n' }), TODAY)).toEqual({
      audienceName: 'required',
      purpose: 'required',
    });
  });
});

describe('what the form refuses', () => {
  it('is happy with a filled form', () => {
    expect(draftProblems(filled(), TODAY)).toEqual({});
  });
  it('asks for a pseudonym only when one is chosen', () => {
    expect(draftProblems(filled({ identity: 'pseudonym', pseudonym: '  ' }), TODAY)).toEqual({ pseudonym: 'required' });
    expect(draftProblems(filled({ identity: 'pseudonym', pseudonym: 'Rosa' }), TODAY)).toEqual({});
    expect(draftProblems(filled({ identity: 'first', pseudonym: '' }), TODAY)).toEqual({});
  });
  it('asks for at least one format', () => {
    expect(draftProblems(filled({ formats: [] }), TODAY)).toEqual({ formats: 'no-format' });
  });
  it('refuses a last day that is not a day, is today or past, or is more than three years from the grant', () => {
    expect(draftProblems(filled({ expiresOn: '2027-02-30' }), TODAY)).toEqual({ expiresOn: 'bad-date' });
    expect(draftProblems(filled({ expiresOn: TODAY }), TODAY)).toEqual({ expiresOn: 'date-past' });
    expect(draftProblems(filled({ expiresOn: '2026-12-07' }), TODAY)).toEqual({});
    expect(draftProblems(filled({ expiresOn: '2029-12-06' }), TODAY)).toEqual({});
    expect(draftProblems(filled({ expiresOn: '2029-12-07' }), TODAY)).toEqual({ expiresOn: 'date-too-far' });
    // Counted from the day the grant was made, not from today.
    expect(draftProblems(filled({ expiresOn: '2029-12-06' }), TODAY, '2026-11-01')).toEqual({
      expiresOn: 'date-too-far',
    });
  });
  it('asks a legislative audience, or a document that becomes public record, to acknowledge it', () => {
    expect(draftProblems(filled({ audienceKind: 'legislator-office' }), TODAY)).toEqual({
      publicRecordAcknowledged: 'public-record',
    });
    expect(draftProblems(filled(), TODAY, TODAY, { publicRecord: true })).toEqual({
      publicRecordAcknowledged: 'public-record',
    });
    expect(draftProblems({ ...newDraft(TODAY), audienceName: 'x', purpose: 'y' }, TODAY)).toEqual({
      audienceKind: 'required',
    });
    expect(
      draftProblems(filled({ audienceKind: 'legislative-committee', publicRecordAcknowledged: true }), TODAY),
    ).toEqual({});
  });
});

describe('the terms the form hands over', () => {
  it('trims what was typed, lists categories and formats in a fixed order, and keeps each exception once', () => {
    const draft = filled({
      identity: 'pseudonym',
      pseudonym: ' Rosa ',
      categories: ['place', 'person'],
      keep: ['d1', 'd1', 'd2'],
      formats: ['pdf', 'docx'],
      note: '  thanks ',
      coverNote: true,
    });
    expect(termsFromDraft(draft)).toEqual({
      audience: { kind: 'advocacy-organization', name: 'Safe Harbor Network' },
      purpose: 'a training',
      identity: { mode: 'pseudonym', pseudonym: 'Rosa' },
      redact: { categories: ['person', 'place'], keep: ['d1', 'd2'] },
      formats: ['docx', 'pdf'],
      expiresOn: '2027-12-06',
      note: 'thanks',
      publicRecordAcknowledged: false,
      coverNote: true,
    });
  });
  it('keeps the public-record acknowledgement only where it was asked for', () => {
    const ticked = filled({ publicRecordAcknowledged: true });
    expect(termsFromDraft(ticked).publicRecordAcknowledged).toBe(false);
    expect(termsFromDraft(ticked, { publicRecord: true }).publicRecordAcknowledged).toBe(true);
    expect(termsFromDraft({ ...ticked, audienceKind: 'legislative-committee' }).publicRecordAcknowledged).toBe(true);
  });
  it('gives no pseudonym for another identity, and refuses a form without an audience', () => {
    expect(termsFromDraft(filled({ identity: 'initials', pseudonym: 'Rosa' })).identity).toEqual({ mode: 'initials' });
    expect(() => termsFromDraft(newDraft(TODAY))).toThrow('The draft has no audience');
  });
  it('opens saved terms in the form as they were', () => {
    const terms: GrantTerms = {
      audience: { kind: 'media', name: 'The Ledger' },
      purpose: 'an article',
      identity: { mode: 'pseudonym', pseudonym: 'Rosa' },
      redact: { categories: ['date'], keep: ['d9'] },
      formats: ['pdf'],
      expiresOn: '2027-05-01',
      note: 'n',
      publicRecordAcknowledged: false,
      coverNote: true,
    };
    expect(draftFromTerms(terms)).toEqual({
      audienceKind: 'media',
      audienceName: 'The Ledger',
      purpose: 'an article',
      identity: 'pseudonym',
      pseudonym: 'Rosa',
      categories: ['date'],
      keep: ['d9'],
      formats: ['pdf'],
      expiresOn: '2027-05-01',
      note: 'n',
      coverNote: true,
      publicRecordAcknowledged: false,
    });
    expect(termsFromDraft(draftFromTerms(terms))).toEqual(terms);
    expect(draftFromTerms({ ...terms, identity: { mode: 'first' } }).pseudonym).toBe('');
  });
});
