import type { TimelinePoint } from './dashboard';

/** The days of the engagements and of the hearings the bills' timelines place, oldest first. */
export interface PlacedEngagements {
  engagements: string[];
  hearings: string[];
}

/**
 * The engagements and hearings placed on any of the bills' timelines, each once even when it is on
 * two bills, so the dashboard and the report count the same meetings.
 */
export function placedEngagements(timelines: readonly (readonly TimelinePoint[])[]): PlacedEngagements {
  const seen = new Map<string, { date: string; hearing: boolean }>();
  for (const points of timelines)
    for (const p of points)
      if (p.type === 'engagement') seen.set(p.engagementId, { date: p.date, hearing: p.kind === 'hearing' });
  const days = (hearing: boolean) =>
    [...seen.values()]
      .filter((e) => e.hearing === hearing)
      .map((e) => e.date)
      .sort();
  return { engagements: days(false), hearings: days(true) };
}
