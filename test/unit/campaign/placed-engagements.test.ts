import { describe, expect, it } from 'vitest';
import { billTimeline } from '../../../shared/campaign/dashboard';
import { placedEngagements } from '../../../shared/campaign/placed-engagements';
import { campaign, engagement } from './campaign-fixture';

const c = campaign({
  bills: [
    { id: 'bill-1', number: 'SB 12', steps: [{ id: 'st-1', kind: 'introduced', date: '2027-01-10' }] },
    { id: 'bill-2', number: 'HB 7', steps: [] },
  ],
  engagements: [
    engagement({ date: '2027-03-02', billIds: ['bill-2'] }),
    engagement({ date: '2027-01-25', billIds: ['bill-1', 'bill-2'] }),
    engagement({ kind: 'call', date: '2027-02-14' }),
    engagement({
      kind: 'hearing',
      date: '2027-03-03',
      hearing: { billId: 'bill-1', committee: 'Judiciary', testimonyIds: [] },
    }),
    engagement({ kind: 'email', date: '2027-01-05', billIds: ['bill-1'] }),
  ],
});

describe('the engagements placed on the bills’ timelines', () => {
  it('are the ones on a bill or a hearing on one, each once, oldest first, hearings apart', () => {
    expect(placedEngagements(c.bills.map((b) => billTimeline(c, b.id)))).toEqual({
      engagements: ['2027-01-05', '2027-01-25', '2027-03-02'],
      hearings: ['2027-03-03'],
    });
  });

  it('are none when no bill has a timeline', () => {
    expect(placedEngagements([])).toEqual({ engagements: [], hearings: [] });
  });
});
