import { describe, expect, it } from 'vitest';
import { campaignProblems } from '../../../shared/campaign';
import { formatMessage } from '../../../shared/error-text/error-catalog';
import { campaignEdit, engagement } from './campaign-fixture';

const keys = (input: Parameters<typeof campaignEdit>[0]) =>
  campaignProblems(campaignEdit(input)).map((p) => [p.path.join('.'), p.message.key]);

describe('the rules a whole campaign keeps', () => {
  it('finds nothing wrong with a sound campaign', () => {
    expect(
      keys({
        asks: [{ id: 'ask-1', text: 'Pass it' }],
        bills: [{ id: 'bill-1', number: 'SB 1', steps: [{ id: 'st-1', kind: 'introduced', date: '2027-01-01' }] }],
        engagements: [engagement({ askIds: ['ask-1'], billIds: ['bill-1'] })],
        outcomes: [{ id: 'out-1', date: '2027-05-01', askId: 'ask-1', billId: 'bill-1', result: 'won' }],
      }),
    ).toEqual([]);
  });

  it('refuses more than three asks in the message box', () => {
    const asks = [1, 2, 3, 4].map((i) => ({ id: `ask-${i}`, text: `Ask ${i}` }));
    expect(() => campaignEdit({ asks })).toThrow(/campaign\.tooManyAsks/);
  });

  it('names a bill step out of date order or after the bill was signed', () => {
    expect(
      keys({
        bills: [
          {
            id: 'bill-1',
            number: 'SB 1',
            steps: [
              { id: 'st-1', kind: 'signed', date: '2027-05-01' },
              { id: 'st-2', kind: 'floor-vote', date: '2027-04-01' },
            ],
          },
        ],
      }),
    ).toEqual([
      ['bills.0.steps.1.date', 'campaign.stepBeforePrevious'],
      ['bills.0.steps.1.kind', 'campaign.stepAfterFinal'],
    ]);
  });

  it('words a broken bill history as the app does, in each language, whoever reads it', () => {
    const [first] = campaignProblems(
      campaignEdit({
        bills: [
          {
            id: 'bill-1',
            number: 'SB 1',
            steps: [
              { id: 'st-1', kind: 'vetoed', date: '2027-05-01' },
              { id: 'st-2', kind: 'signed', date: '2027-05-02' },
            ],
          },
        ],
      }),
    );
    expect(formatMessage('en', first!.message)).toBe('After “Vetoed”, only “Veto overridden” or “Died” can follow.');
    expect(formatMessage('es', first!.message)).toBe(
      'Después de «Vetado» solo pueden seguir «Veto anulado» o «Archivado».',
    );
  });

  it('refuses references to asks, bills and amendments the campaign does not hold', () => {
    expect(
      keys({
        engagements: [
          engagement({ askIds: ['ask-x'], billIds: ['bill-x'], kind: 'hearing', hearing: { billId: 'bill-y' } }),
        ],
        outcomes: [{ id: 'out-1', date: '2027-05-01', askId: 'ask-z', result: 'won', amendmentIds: ['am-x'] }],
      }),
    ).toEqual([
      ['engagements.0.askIds.0', 'campaign.unknownAsk'],
      ['engagements.0.billIds.0', 'campaign.unknownBill'],
      ['engagements.0.hearing.billId', 'campaign.unknownBill'],
      ['outcomes.0.askId', 'campaign.unknownAsk'],
      ['outcomes.0.amendmentIds.0', 'campaign.unknownAmendment'],
    ]);
  });

  it('refuses one id used twice, two partners in one sign-on place, and a follow-up done before its meeting', () => {
    expect(
      keys({
        partners: [
          { id: 'ptr-1', name: 'A', sector: 'faith', signOn: 'signed', signOrder: 1 },
          { id: 'ptr-2', name: 'B', sector: 'business', signOn: 'signed', signOrder: 1 },
          { id: 'ptr-1', name: 'C', sector: 'business' },
        ],
        engagements: [
          engagement({
            date: '2027-03-01',
            followUps: [{ id: 'fu-1', text: 't', due: '2027-03-05', doneOn: '2027-02-28' }],
          }),
        ],
      }),
    ).toEqual([
      ['partners.1.signOrder', 'campaign.signOrderTwice'],
      ['partners.2.id', 'campaign.idTwice'],
      ['engagements.0.followUps.0.doneOn', 'campaign.doneBeforeCreated'],
    ]);
  });

  it('refuses dates that are not calendar days', () => {
    expect(() => campaignEdit({ engagements: [engagement({ date: '2027-02-30' })] })).toThrow(/campaign\.notADay/);
  });
});
