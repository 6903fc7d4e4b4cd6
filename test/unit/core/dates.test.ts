import { describe, expect, it } from 'vitest';
import { checkGrant } from '../../../shared/consent/check-grant';
import { grantTermsSchema, type ConsentGrant } from '../../../shared/consent/grant';
import { draftProblems, newDraft } from '../../../shared/consent/grant-draft';
import { consentDay, isPastLastDay, isRealDay, localDay, today } from '../../../shared/core/dates';
import { shareStatus } from '../../../shared/share/share-status';
import { grantTerms } from '../../support/pipeline-fixtures';

const IMPOSSIBLE = ['9999-99-99', '2099-13-45', '2025-02-30', '2100-02-29', '2027-3-1', ''];

describe('dates that are dates', () => {
  it('only real calendar days are days', () => {
    for (const day of IMPOSSIBLE) expect(isRealDay(day), day).toBe(false);
    for (const day of ['2024-02-29', '2027-12-31', '2000-02-29']) expect(isRealDay(day), day).toBe(true);
    for (const day of IMPOSSIBLE)
      expect(grantTermsSchema.safeParse(grantTerms({ expiresOn: day })).success, day).toBe(false);
    for (const day of IMPOSSIBLE)
      expect(draftProblems({ ...newDraft('2027-01-01'), expiresOn: day }, '2027-01-01').expiresOn, day).toBe(
        'bad-date',
      );
  });

  it('a consent whose last day is not a day is refused, never counted as lasting forever', () => {
    const grant: ConsentGrant = {
      ...grantTerms({ expiresOn: '9999-99-99' }),
      id: 'grant-00000001',
      sourceIds: ['story-00000001'],
      createdAt: '2027-01-01T10:00:00Z',
      revoked: null,
    };
    const codes = checkGrant(grant, { format: 'docx', sourceIds: ['story-00000001'], today: '2027-01-02' }).map(
      (r) => r.code,
    );
    expect(codes).toContain('expired');
    expect(codes).toContain('expiry-too-far');
    expect(shareStatus({ expiresOn: '2099-13-45', revokedAt: null }, '2027-01-02')).toBe('expired');
    expect(isPastLastDay('2025-02-30', new Date('2020-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('one "today": the person’s local day, and a consent ends once the local or the UTC day is past its last day', () => {
  const LAST = '2027-03-10';
  it.each([
    // Honolulu is UTC-10: its midnight comes after UTC's, so the UTC day ends the consent first.
    ['Pacific/Honolulu', '2027-03-11T09:59:59Z', '2027-03-10', true],
    ['Pacific/Honolulu', '2027-03-10T23:59:59Z', '2027-03-10', false],
    ['Pacific/Honolulu', '2027-03-11T00:00:00Z', '2027-03-10', true],
    // Tokyo is UTC+9: the local day turns first, 9 hours before UTC's.
    ['Asia/Tokyo', '2027-03-10T14:59:59Z', '2027-03-10', false],
    ['Asia/Tokyo', '2027-03-10T15:00:00Z', '2027-03-11', true],
    // Madrid is UTC+1 in March (before the summer change on the 28th).
    ['Europe/Madrid', '2027-03-10T22:59:59Z', '2027-03-10', false],
    ['Europe/Madrid', '2027-03-10T23:00:00Z', '2027-03-11', true],
  ])('in %s at %s the local day is %s; ended: %s', (zone, instant, day, ended) => {
    const now = new Date(instant);
    expect(localDay(now, zone)).toBe(day);
    expect(isPastLastDay(LAST, now, zone)).toBe(ended);
    expect(consentDay(now, zone) > LAST).toBe(ended);
  });

  it('the local day follows the zone across a summer-time change (Madrid, 28 March 2027)', () => {
    expect(localDay(new Date('2027-03-28T21:59:59Z'), 'Europe/Madrid')).toBe('2027-03-28');
    expect(localDay(new Date('2027-03-28T22:00:00Z'), 'Europe/Madrid')).toBe('2027-03-29');
  });
});

describe('today', () => {
  // 23:30 on 31 December in Honolulu is already 1 January in UTC.
  const lateEvening = () => new Date('2027-01-01T09:30:00Z');

  it('is the person’s own calendar day, not the UTC one', () => {
    expect(today(lateEvening, 'Pacific/Honolulu')).toBe('2026-12-31');
    expect(today(lateEvening, 'Asia/Tokyo')).toBe('2027-01-01');
  });

  it("follows the computer's zone when it changes while Harbor runs ($TZ), each date made once", () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Honolulu';
      expect(localDay(lateEvening())).toBe('2026-12-31');
      expect(today(lateEvening)).toBe('2026-12-31');
      process.env.TZ = 'Asia/Tokyo';
      expect(localDay(lateEvening())).toBe('2027-01-01');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('is the same day the consent rule calls local', () => {
    expect(today(lateEvening, 'Pacific/Honolulu')).toBe(localDay(lateEvening(), 'Pacific/Honolulu'));
    expect(consentDay(lateEvening(), 'Pacific/Honolulu')).toBe('2027-01-01');
  });
});
