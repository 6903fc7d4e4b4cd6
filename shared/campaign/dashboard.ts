import {
  ENGAGEMENT_KINDS,
  type BillStepKind,
  type CampaignEdit,
  type EngagementKind,
  type OutcomeResult,
} from './campaign-data';
import { monthOf } from './day-math';

/*
 * The dashboard's numbers, as pure functions of a campaign: each chart draws one of these and its
 * data table lists the same rows, so the picture and the table can never disagree.
 */

export interface MonthCount {
  /** yyyy-mm */
  month: string;
  byKind: Record<EngagementKind, number>;
  total: number;
}

const zeroKinds = (): Record<EngagementKind, number> =>
  Object.fromEntries(ENGAGEMENT_KINDS.map((k) => [k, 0])) as Record<EngagementKind, number>;

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Engagements per month by kind, every month from the first to the last (quiet months as zero). */
export function engagementsPerMonth(c: Pick<CampaignEdit, 'engagements'>): MonthCount[] {
  if (c.engagements.length === 0) return [];
  const counts = new Map<string, Record<EngagementKind, number>>();
  let first = '9999-12';
  let last = '0000-01';
  for (const e of c.engagements) {
    const month = monthOf(e.date);
    if (month < first) first = month;
    if (month > last) last = month;
    const row = counts.get(month) ?? zeroKinds();
    row[e.kind] += 1;
    counts.set(month, row);
  }
  const out: MonthCount[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const byKind = counts.get(month) ?? zeroKinds();
    out.push({ month, byKind, total: ENGAGEMENT_KINDS.reduce((n, k) => n + byKind[k], 0) });
  }
  return out;
}

export interface FollowUpTally {
  /** Done on or before the day due. */
  onTime: number;
  /** Done after the day due. */
  late: number;
  /** Not done, not yet due. */
  open: number;
  /** Not done, due before today. */
  overdue: number;
}

/** Follow-ups done on time, late, and still open (of which overdue), on the person's `today`. */
export function followUpTally(c: Pick<CampaignEdit, 'engagements'>, todayDay: string): FollowUpTally {
  const tally: FollowUpTally = { onTime: 0, late: 0, open: 0, overdue: 0 };
  for (const e of c.engagements) {
    for (const f of e.followUps) {
      if (f.doneOn !== null) tally[f.doneOn <= f.due ? 'onTime' : 'late'] += 1;
      else tally[f.due < todayDay ? 'overdue' : 'open'] += 1;
    }
  }
  return tally;
}

export type AskStanding = OutcomeResult | 'open';

export interface AskResult {
  askId: string;
  text: string;
  /** The latest outcome's result for this ask, or open before any. */
  standing: AskStanding;
  outcomes: number;
}

/** Each ask of the message box and where it stands: won, partly won, lost, or still open. */
export function askResults(c: Pick<CampaignEdit, 'asks' | 'outcomes'>): AskResult[] {
  return c.asks.map((ask) => {
    const mine = c.outcomes.filter((o) => o.askId === ask.id);
    // The latest by date; among one day's outcomes, the one entered last.
    const latest = mine.reduce<(typeof mine)[number] | null>(
      (best, o) => (!best || o.date >= best.date ? o : best),
      null,
    );
    return { askId: ask.id, text: ask.text, standing: latest?.result ?? 'open', outcomes: mine.length };
  });
}

/** How many asks are won, partly won, lost and open. */
export function askTotals(results: readonly AskResult[]): Record<AskStanding, number> {
  const totals: Record<AskStanding, number> = { won: 0, partly: 0, lost: 0, open: 0 };
  for (const r of results) totals[r.standing] += 1;
  return totals;
}

export interface HearingTestimonies {
  engagementId: string;
  date: string;
  /** The committee, or the office when no committee is named. */
  label: string;
  billId: string | null;
  testimonies: number;
}

/** Testimony documents linked to each hearing, in date order. */
export function testimoniesPerHearing(c: Pick<CampaignEdit, 'engagements'>): HearingTestimonies[] {
  return c.engagements
    .filter((e) => e.kind === 'hearing' || e.hearing !== null)
    .map((e) => ({
      engagementId: e.id,
      date: e.date,
      label: e.hearing?.committee.trim() || e.office,
      billId: e.hearing?.billId ?? null,
      testimonies: e.hearing?.testimonyIds.length ?? 0,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export type TimelinePoint =
  | { type: 'step'; date: string; billId: string; stepId: string; step: BillStepKind; amendments: number }
  | { type: 'engagement'; date: string; engagementId: string; kind: EngagementKind; billIds: string[] };

/**
 * A bill's timeline: its steps, and the engagements placed on it (those linked to the bill, or
 * hearings on it), in date order; on one day, the bill's steps come first.
 */
export function billTimeline(c: Pick<CampaignEdit, 'bills' | 'engagements'>, billId: string): TimelinePoint[] {
  const bill = c.bills.find((b) => b.id === billId);
  if (!bill) return [];
  const steps: TimelinePoint[] = bill.steps.map((s) => ({
    type: 'step',
    date: s.date,
    billId,
    stepId: s.id,
    step: s.kind,
    amendments: s.amendments.length,
  }));
  const engagements: TimelinePoint[] = c.engagements
    .filter((e) => e.billIds.includes(billId) || e.hearing?.billId === billId)
    .map((e) => ({ type: 'engagement', date: e.date, engagementId: e.id, kind: e.kind, billIds: e.billIds }));
  // A stable sort keeps steps (listed first) ahead of a same-day engagement, and each list's own order.
  return [...steps, ...engagements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface CampaignDashboard {
  perMonth: MonthCount[];
  followUps: FollowUpTally;
  asks: AskResult[];
  askTotals: Record<AskStanding, number>;
  hearings: HearingTestimonies[];
  timelines: { billId: string; number: string; points: TimelinePoint[] }[];
}

/** Every chart's data at once. */
export function campaignDashboard(
  c: Pick<CampaignEdit, 'asks' | 'outcomes' | 'bills' | 'engagements'>,
  todayDay: string,
): CampaignDashboard {
  const asks = askResults(c);
  return {
    perMonth: engagementsPerMonth(c),
    followUps: followUpTally(c, todayDay),
    asks,
    askTotals: askTotals(asks),
    hearings: testimoniesPerHearing(c),
    timelines: c.bills.map((b) => ({ billId: b.id, number: b.number, points: billTimeline(c, b.id) })),
  };
}
