import { describe, expect, it } from 'vitest';
import {
  askResults,
  askTotals,
  billTimeline,
  campaignDashboard,
  engagementsPerMonth,
  followUpTally,
  testimoniesPerHearing,
} from '../../../shared/campaign';
import { campaign, engagement } from './campaign-fixture';

describe('the campaign dashboard numbers', () => {
  it('counts engagements per month by kind, with quiet months as zero, across a year end', () => {
    const c = campaign({
      engagements: [
        engagement({ kind: 'meeting', date: '2027-11-03' }),
        engagement({ kind: 'call', date: '2027-11-20' }),
        engagement({ kind: 'meeting', date: '2028-01-05' }),
      ],
    });
    const rows = engagementsPerMonth(c);
    expect(rows.map((r) => [r.month, r.total, r.byKind.meeting, r.byKind.call])).toEqual([
      ['2027-11', 2, 1, 1],
      ['2027-12', 0, 0, 0],
      ['2028-01', 1, 1, 0],
    ]);
    expect(engagementsPerMonth(campaign())).toEqual([]);
  });

  it('tallies follow-ups done on time (on the day counts), late, open and overdue', () => {
    const c = campaign({
      engagements: [
        engagement({
          date: '2027-01-01',
          followUps: [
            { id: 'fu-a', text: 'a', due: '2027-02-01', doneOn: '2027-02-01' },
            { id: 'fu-b', text: 'b', due: '2027-02-01', doneOn: '2027-02-02' },
            { id: 'fu-c', text: 'c', due: '2027-03-09' },
            { id: 'fu-d', text: 'd', due: '2027-03-10' },
          ],
        }),
      ],
    });
    expect(followUpTally(c, '2027-03-10')).toEqual({ onTime: 1, late: 1, open: 1, overdue: 1 });
  });

  it('gives each ask the standing of its latest outcome, open without one', () => {
    const c = campaign({
      asks: [
        { id: 'ask-1', text: 'Vacate records', reason: 'r' },
        { id: 'ask-2', text: 'Fund shelters', reason: 'r' },
        { id: 'ask-3', text: 'Train police', reason: 'r' },
      ],
      outcomes: [
        { id: 'out-2', date: '2027-05-01', askId: 'ask-1', result: 'won' },
        { id: 'out-1', date: '2027-04-01', askId: 'ask-1', result: 'lost' },
        { id: 'out-3', date: '2027-05-01', askId: 'ask-2', result: 'partly' },
      ],
    });
    const results = askResults(c);
    expect(results.map((r) => [r.askId, r.standing, r.outcomes])).toEqual([
      ['ask-1', 'won', 2],
      ['ask-2', 'partly', 1],
      ['ask-3', 'open', 0],
    ]);
    expect(askTotals(results)).toEqual({ won: 1, partly: 1, lost: 0, open: 1 });
  });

  it('counts testimonies per hearing in date order, naming the committee or else the office', () => {
    const c = campaign({
      engagements: [
        engagement({ kind: 'hearing', date: '2027-04-02', hearing: { committee: '', testimonyIds: ['testimony-1'] } }),
        engagement({
          kind: 'hearing',
          date: '2027-03-02',
          office: 'x',
          hearing: { committee: 'Judiciary', testimonyIds: ['testimony-2', 'testimony-3'] },
        }),
        engagement({ kind: 'call', date: '2027-03-01' }),
      ],
    });
    expect(testimoniesPerHearing(c).map((h) => [h.date, h.label, h.testimonies])).toEqual([
      ['2027-03-02', 'Judiciary', 2],
      ['2027-04-02', "Sen. Rivera's office", 1],
    ]);
  });

  it('places the bill’s steps and the engagements about it on one timeline, steps first on a shared day', () => {
    const c = campaign({
      bills: [
        {
          id: 'bill-1',
          number: 'SB 12',
          steps: [
            { id: 'st-1', kind: 'introduced', date: '2027-01-10' },
            { id: 'st-2', kind: 'hearing', date: '2027-02-03', amendments: [{ id: 'am-1', label: 'A1' }] },
          ],
        },
        { id: 'bill-2', number: 'HB 3' },
      ],
      engagements: [
        engagement({ id: 'e-hear', kind: 'hearing', date: '2027-02-03', hearing: { billId: 'bill-1' } }),
        engagement({ id: 'e-meet', date: '2027-01-20', billIds: ['bill-1'] }),
        engagement({ id: 'e-other', date: '2027-01-21', billIds: ['bill-2'] }),
      ],
    });
    const points = billTimeline(c, 'bill-1');
    expect(points.map((p) => (p.type === 'step' ? `${p.date} ${p.step}` : `${p.date} ${p.engagementId}`))).toEqual([
      '2027-01-10 introduced',
      '2027-01-20 e-meet',
      '2027-02-03 hearing',
      '2027-02-03 e-hear',
    ]);
    expect(points[2]).toMatchObject({ amendments: 1 });
    expect(billTimeline(c, 'no-such-bill')).toEqual([]);
    expect(campaignDashboard(c, '2027-03-01').timelines.map((t) => [t.number, t.points.length])).toEqual([
      ['SB 12', 4],
      ['HB 3', 1],
    ]);
  });
});
