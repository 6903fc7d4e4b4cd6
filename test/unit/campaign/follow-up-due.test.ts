import { describe, expect, it } from 'vitest';
import { dueItems, dueState } from '../../../shared/campaign';
import { campaign, engagement } from './campaign-fixture';

const at = (iso: string) => () => new Date(iso);

const withFollowUps = (...due: [string, string | null][]) =>
  campaign({
    engagements: [
      engagement({
        date: '2027-01-01',
        followUps: due.map(([d, doneOn], i) => ({ id: `fu-${i}`, text: `Follow-up ${i}`, due: d, doneOn })),
      }),
    ],
  });

describe('what is due this week', () => {
  it('says overdue before today, this week through the sixth day after, nothing later', () => {
    expect(dueState('2027-03-09', '2027-03-10')).toBe('overdue');
    expect(dueState('2027-03-10', '2027-03-10')).toBe('this-week');
    expect(dueState('2027-03-16', '2027-03-10')).toBe('this-week');
    expect(dueState('2027-03-17', '2027-03-10')).toBeNull();
  });

  it('crosses a month and a year end', () => {
    expect(dueState('2028-01-02', '2027-12-30')).toBe('this-week');
    expect(dueState('2027-02-28', '2027-03-01')).toBe('overdue');
  });

  it('lists open follow-ups overdue first with their distance in days, leaving out done ones', () => {
    const c = withFollowUps(
      ['2027-03-12', null],
      ['2027-03-01', null],
      ['2027-03-11', '2027-03-10'],
      ['2027-04-30', null],
    );
    const items = dueItems([c], at('2027-03-10T12:00:00Z'), 'UTC');
    expect(items.map((i) => [i.text, i.state, i.days])).toEqual([
      ['Follow-up 1', 'overdue', -9],
      ['Follow-up 0', 'this-week', 2],
    ]);
    expect(items[0]).toMatchObject({ campaignId: c.id, campaignTitle: 'Safe Harbor Act', kind: 'follow-up' });
  });

  it("judges by the person's own day: one instant is a different day in Tokyo and in Honolulu", () => {
    const c = withFollowUps(['2027-03-10', null]);
    // 2027-03-10 10:30 UTC is 19:30 on the 10th in Tokyo and 00:30 on the 10th in Honolulu.
    const instant = at('2027-03-10T10:30:00Z');
    expect(dueItems([c], instant, 'Asia/Tokyo')[0]!.state).toBe('this-week');
    // 2027-03-10 20:00 UTC: already the 11th in Tokyo (overdue), still the 10th in Honolulu (due today).
    const evening = at('2027-03-10T20:00:00Z');
    expect(dueItems([c], evening, 'Asia/Tokyo')[0]).toMatchObject({ state: 'overdue', days: -1 });
    expect(dueItems([c], evening, 'Pacific/Honolulu')[0]).toMatchObject({ state: 'this-week', days: 0 });
  });

  it('turns overdue exactly at local midnight, not at UTC midnight', () => {
    const c = withFollowUps(['2027-03-10', null]);
    // New York is UTC-5 in early March (before the DST change on the 14th).
    expect(dueItems([c], at('2027-03-11T04:59:59Z'), 'America/New_York')[0]!.state).toBe('this-week');
    expect(dueItems([c], at('2027-03-11T05:00:00Z'), 'America/New_York')[0]!.state).toBe('overdue');
    // The seventh day out enters the week at local midnight too.
    const later = withFollowUps(['2027-03-17', null]);
    expect(dueItems([later], at('2027-03-11T04:59:59Z'), 'America/New_York')).toEqual([]);
    expect(dueItems([later], at('2027-03-11T05:00:00Z'), 'America/New_York')).toHaveLength(1);
  });

  it('lists a coming hearing’s deadlines, not those of a hearing already held, nor trashed campaigns', () => {
    const hearing = (date: string) =>
      engagement({
        kind: 'hearing',
        date,
        hearing: { committee: 'Judiciary', writtenTestimonyDue: '2027-03-12', signUpToSpeakBy: '2027-03-09' },
      });
    const c = campaign({ engagements: [hearing('2027-03-15')] });
    expect(dueItems([c], at('2027-03-10T12:00:00Z'), 'UTC').map((i) => [i.kind, i.state, i.text])).toEqual([
      ['sign-up-to-speak', 'overdue', 'Judiciary'],
      ['written-testimony', 'this-week', 'Judiciary'],
    ]);
    const held = campaign({ engagements: [hearing('2027-03-09')] });
    expect(dueItems([held], at('2027-03-10T12:00:00Z'), 'UTC')).toEqual([]);
    expect(dueItems([{ ...c, trashedAt: '2027-03-01T00:00:00Z' }], at('2027-03-10T12:00:00Z'), 'UTC')).toEqual([]);
  });
});
