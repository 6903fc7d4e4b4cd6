import type { Message } from '../error-text/error-catalog';
import type { CampaignEdit } from './campaign-data';
import { stepProblems } from './status-history';
import { refusalOf, stepRefusalMessage } from './step-refusal';

/** A rule the campaign as a whole breaks, where (a path in the data), and in the person's words. */
export interface CampaignProblem {
  path: (string | number)[];
  message: Message;
}

/**
 * The rules a campaign keeps beyond each field's own form: ids unique, references to asks, bills
 * and amendments inside the campaign exist, bill histories in order and allowed, follow-ups not
 * done before their engagement, no two partners in one sign-on place. Checked on every save.
 */
export function campaignProblems(c: CampaignEdit): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  const add = (path: (string | number)[], message: Message) => problems.push({ path, message });

  const seen = new Set<string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) add(path, { key: 'campaign.idTwice' });
    seen.add(id);
  };
  const askIds = new Set(c.asks.map((a) => a.id));
  const billIds = new Set(c.bills.map((b) => b.id));
  const amendmentIds = new Set<string>();

  c.asks.forEach((a, i) => unique(a.id, ['asks', i, 'id']));
  c.bills.forEach((b, i) => {
    unique(b.id, ['bills', i, 'id']);
    b.steps.forEach((s, j) => {
      unique(s.id, ['bills', i, 'steps', j, 'id']);
      s.amendments.forEach((a, k) => {
        unique(a.id, ['bills', i, 'steps', j, 'amendments', k, 'id']);
        amendmentIds.add(a.id);
      });
    });
    for (const p of stepProblems(b.steps))
      add(
        ['bills', i, 'steps', p.index, p.kind === 'out-of-order' ? 'date' : 'kind'],
        stepRefusalMessage(refusalOf(b.steps, p)),
      );
  });

  const orders = new Set<number>();
  c.partners.forEach((p, i) => {
    unique(p.id, ['partners', i, 'id']);
    if (p.signOrder === null) return;
    if (orders.has(p.signOrder)) add(['partners', i, 'signOrder'], { key: 'campaign.signOrderTwice' });
    orders.add(p.signOrder);
  });

  c.engagements.forEach((e, i) => {
    unique(e.id, ['engagements', i, 'id']);
    e.askIds.forEach((a, j) => {
      if (!askIds.has(a)) add(['engagements', i, 'askIds', j], { key: 'campaign.unknownAsk' });
    });
    e.billIds.forEach((b, j) => {
      if (!billIds.has(b)) add(['engagements', i, 'billIds', j], { key: 'campaign.unknownBill' });
    });
    if (e.hearing?.billId && !billIds.has(e.hearing.billId))
      add(['engagements', i, 'hearing', 'billId'], { key: 'campaign.unknownBill' });
    e.followUps.forEach((f, j) => {
      unique(f.id, ['engagements', i, 'followUps', j, 'id']);
      if (f.doneOn !== null && f.doneOn < e.date)
        add(['engagements', i, 'followUps', j, 'doneOn'], { key: 'campaign.doneBeforeCreated' });
    });
  });

  c.outcomes.forEach((o, i) => {
    unique(o.id, ['outcomes', i, 'id']);
    if (o.askId !== null && !askIds.has(o.askId)) add(['outcomes', i, 'askId'], { key: 'campaign.unknownAsk' });
    if (o.billId !== null && !billIds.has(o.billId)) add(['outcomes', i, 'billId'], { key: 'campaign.unknownBill' });
    o.amendmentIds.forEach((a, j) => {
      if (!amendmentIds.has(a)) add(['outcomes', i, 'amendmentIds', j], { key: 'campaign.unknownAmendment' });
    });
  });
  c.excerpts.forEach((x, i) => unique(x.id, ['excerpts', i, 'id']));
  return problems;
}
