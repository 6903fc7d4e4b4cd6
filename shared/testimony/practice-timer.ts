/**
 * Practice mode's stopwatch, as pure state: every function takes the time (ms) from outside, so the
 * screen passes performance.now() and tests pass a fake clock. Sections start at recorded elapsed
 * times; a split is the time between one start and the next.
 */
export type PracticeStatus = 'idle' | 'running' | 'paused' | 'finished';

export interface PracticeState {
  status: PracticeStatus;
  sectionCount: number;
  /** Elapsed ms banked before the current run began. */
  banked: number;
  /** Clock time the current run began (running only). */
  runStartedAt: number | null;
  /** Elapsed ms at which each reached section began; starts.length - 1 is the current section. */
  starts: number[];
  /** Elapsed ms when finished. */
  finishedAt: number | null;
}

export function newPractice(sectionCount: number): PracticeState {
  return {
    status: 'idle',
    sectionCount: Math.max(1, sectionCount),
    banked: 0,
    runStartedAt: null,
    starts: [0],
    finishedAt: null,
  };
}

export function elapsed(s: PracticeState, now: number): number {
  if (s.status === 'finished') return s.finishedAt ?? s.banked;
  return s.banked + (s.status === 'running' && s.runStartedAt !== null ? Math.max(0, now - s.runStartedAt) : 0);
}

export const currentSection = (s: PracticeState) => s.starts.length - 1;

export function start(s: PracticeState, now: number): PracticeState {
  if (s.status === 'running') return s;
  if (s.status === 'finished') return start(newPractice(s.sectionCount), now);
  return { ...s, status: 'running', runStartedAt: now };
}

export function pause(s: PracticeState, now: number): PracticeState {
  if (s.status !== 'running') return s;
  return { ...s, status: 'paused', banked: elapsed(s, now), runStartedAt: null };
}

/** Space: start, pause or carry on. */
export function toggle(s: PracticeState, now: number): PracticeState {
  return s.status === 'running' ? pause(s, now) : start(s, now);
}

/** On to the next section (recording the split); from the last one, finish. */
export function nextSection(s: PracticeState, now: number): PracticeState {
  if (s.status === 'idle' || s.status === 'finished') return s;
  const at = elapsed(s, now);
  if (currentSection(s) >= s.sectionCount - 1) return finish(s, now);
  return { ...s, starts: [...s.starts, at] };
}

/** Back to the previous section: it carries on from where it began, as if the step forward never happened. */
export function previousSection(s: PracticeState): PracticeState {
  if (s.starts.length <= 1 || s.status === 'finished') return s;
  return { ...s, starts: s.starts.slice(0, -1) };
}

export function finish(s: PracticeState, now: number): PracticeState {
  if (s.status === 'idle' || s.status === 'finished') return s;
  const at = elapsed(s, now);
  return { ...s, status: 'finished', banked: at, runStartedAt: null, finishedAt: at };
}

/** Time spent in each reached section (ms); the current one still counting. */
export function splits(s: PracticeState, now: number): number[] {
  const end = elapsed(s, now);
  return s.starts.map((from, i) => (s.starts[i + 1] ?? end) - from);
}

export interface SplitRow {
  index: number;
  estimatedMs: number;
  actualMs: number | null;
  /** Actual minus estimated (ms), null until the section is reached. */
  differenceMs: number | null;
}

export interface PracticeReport {
  rows: SplitRow[];
  elapsedMs: number;
  targetMs: number | null;
  overTarget: boolean;
  remainingMs: number | null;
}

export function practiceReport(
  s: PracticeState,
  now: number,
  estimatesMs: readonly number[],
  targetMs: number | null,
): PracticeReport {
  const actual = splits(s, now);
  const reached = s.status === 'idle' ? 0 : actual.length;
  const rows = estimatesMs.map((estimatedMs, index) => {
    const a = index < reached ? actual[index]! : null;
    return { index, estimatedMs, actualMs: a, differenceMs: a === null ? null : a - estimatedMs };
  });
  const elapsedMs = elapsed(s, now);
  return {
    rows,
    elapsedMs,
    targetMs,
    overTarget: targetMs !== null && elapsedMs > targetMs,
    remainingMs: targetMs === null ? null : targetMs - elapsedMs,
  };
}

/** "2:05", "-0:10" */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
