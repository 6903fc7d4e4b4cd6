import type { BillStepKind, Campaign, EngagementKind } from '../../../../shared/campaign/campaign-data';
import { ENGAGEMENT_KINDS } from '../../../../shared/campaign/campaign-data';

/* What the dashboard's charts draw, computed once from the campaign (pure, so the bench can time it). */

export interface DashboardData {
  bills: { label: string; steps: { date: string; kind: BillStepKind }[] }[];
  engagementDates: string[];
  hearingDates: string[];
  months: { month: string; counts: Record<EngagementKind, number> }[];
  followUps: { onTime: number; late: number; open: number };
  asks: { won: number; partly: number; lost: number; open: number };
  testimonies: { label: string; date: string; value: number }[];
}

const zero = (): Record<EngagementKind, number> =>
  Object.fromEntries(ENGAGEMENT_KINDS.map((k) => [k, 0])) as Record<EngagementKind, number>;

/** Every month from the first to the last, yyyy-mm, so a quiet month shows as a gap and not as nothing. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function dashboardData(c: Campaign): DashboardData {
  const byMonth = new Map<string, Record<EngagementKind, number>>();
  const engagementDates: string[] = [];
  const hearingDates: string[] = [];
  const followUps = { onTime: 0, late: 0, open: 0 };
  const testimonies: DashboardData['testimonies'] = [];
  for (const e of c.engagements) {
    const month = e.date.slice(0, 7);
    const counts = byMonth.get(month) ?? zero();
    counts[e.kind] += 1;
    byMonth.set(month, counts);
    (e.kind === 'hearing' ? hearingDates : engagementDates).push(e.date);
    for (const f of e.followUps) {
      if (f.doneOn === null) followUps.open += 1;
      else if (f.doneOn <= f.due) followUps.onTime += 1;
      else followUps.late += 1;
    }
    if (e.kind === 'hearing' && e.hearing)
      testimonies.push({
        label: e.hearing.committee.trim() || e.office,
        date: e.date,
        value: e.hearing.testimonyIds.length,
      });
  }
  const keys = [...byMonth.keys()].sort();
  const months =
    keys.length === 0
      ? []
      : monthsBetween(keys[0]!, keys[keys.length - 1]!).map((month) => ({
          month,
          counts: byMonth.get(month) ?? zero(),
        }));

  // Each ask counts once, by the latest outcome recorded for it; an ask with none is still open.
  const latest = new Map<string, { date: string; result: 'won' | 'partly' | 'lost' }>();
  for (const o of c.outcomes) {
    if (o.askId === null) continue;
    const seen = latest.get(o.askId);
    if (!seen || o.date >= seen.date) latest.set(o.askId, { date: o.date, result: o.result });
  }
  const asks = { won: 0, partly: 0, lost: 0, open: 0 };
  for (const a of c.asks) asks[latest.get(a.id)?.result ?? 'open'] += 1;

  return {
    bills: c.bills.map((b) => ({ label: b.number, steps: b.steps.map((s) => ({ date: s.date, kind: s.kind })) })),
    engagementDates: engagementDates.sort(),
    hearingDates: hearingDates.sort(),
    months,
    followUps,
    asks,
    testimonies: testimonies.sort((a, b) => a.date.localeCompare(b.date)),
  };
}
