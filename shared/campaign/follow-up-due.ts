import { today, type Clock } from '../core/dates';
import type { Campaign } from './campaign-data';
import type { DueItem, DueKind, DueState } from './campaign-views';
import { addDays, daysBetween } from './day-math';

/**
 * "This week" is today and the six days after it, on the person's own calendar: a follow-up due
 * next Monday shows on Wednesday whatever day a week starts where they live.
 */
export const WEEK_DAYS = 7;

/** Where a due day stands against today: overdue, this week, or later (null). */
export function dueState(due: string, todayDay: string): DueState | null {
  if (due < todayDay) return 'overdue';
  if (due <= addDays(todayDay, WEEK_DAYS - 1)) return 'this-week';
  return null;
}

type Dated = Omit<DueItem, 'state' | 'days'>;

function datedItems(c: Campaign, todayDay: string): Dated[] {
  const out: Dated[] = [];
  const base = { campaignId: c.id, campaignTitle: c.title };
  for (const e of c.engagements) {
    for (const f of e.followUps) {
      if (f.doneOn !== null) continue;
      out.push({ ...base, engagementId: e.id, followUpId: f.id, kind: 'follow-up', text: f.text, due: f.due });
    }
    const h = e.hearing;
    if (!h) continue;
    const label = h.committee.trim() || e.office;
    const deadline = (kind: DueKind, due: string | null) => {
      if (due !== null) out.push({ ...base, engagementId: e.id, followUpId: null, kind, text: label, due });
    };
    // A deadline after the hearing itself has passed with it: nothing is left to do.
    if (e.date >= todayDay) {
      deadline('written-testimony', h.writtenTestimonyDue);
      deadline('sign-up-to-speak', h.signUpToSpeakBy);
    }
  }
  return out;
}

/**
 * Open follow-ups and coming hearing deadlines that are overdue or due this week, across
 * campaigns, overdue first, then by day. Trashed campaigns are left out. Today is the one
 * `today(clock, zone)` rule: the person's calendar day in their zone.
 */
export function dueItems(campaigns: readonly Campaign[], clock: Clock, timeZone?: string): DueItem[] {
  const day = today(clock, timeZone);
  const out: DueItem[] = [];
  for (const c of campaigns) {
    if (c.trashedAt !== null) continue;
    for (const item of datedItems(c, day)) {
      const state = dueState(item.due, day);
      if (state) out.push({ ...item, state, days: daysBetween(day, item.due) });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.text.localeCompare(b.text)));
}
