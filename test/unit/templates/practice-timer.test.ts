import { describe, expect, it } from 'vitest';
import {
  elapsed,
  formatClock,
  newPractice,
  nextSection,
  pause,
  practiceReport,
  previousSection,
  splits,
  start,
  toggle,
  type PracticeState,
} from '../../../shared/testimony';

/** A fake clock: time moves only when the test says so. */
function fakeClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('practice timer', () => {
  it('counts only while running; space pauses and carries on', () => {
    const clock = fakeClock();
    let s: PracticeState = newPractice(3);
    clock.advance(5_000);
    expect(elapsed(s, clock.now())).toBe(0);
    s = toggle(s, clock.now());
    clock.advance(10_000);
    expect(elapsed(s, clock.now())).toBe(10_000);
    s = toggle(s, clock.now());
    expect(s.status).toBe('paused');
    clock.advance(60_000);
    expect(elapsed(s, clock.now())).toBe(10_000);
    s = toggle(s, clock.now());
    clock.advance(2_500);
    expect(elapsed(s, clock.now())).toBe(12_500);
  });

  it('records split times per section and finishes after the last', () => {
    const clock = fakeClock();
    let s = start(newPractice(3), clock.now());
    clock.advance(20_000);
    s = nextSection(s, clock.now());
    clock.advance(70_000);
    s = pause(s, clock.now());
    clock.advance(99_000);
    s = start(s, clock.now());
    clock.advance(5_000);
    s = nextSection(s, clock.now());
    clock.advance(30_000);
    expect(splits(s, clock.now())).toEqual([20_000, 75_000, 30_000]);
    s = nextSection(s, clock.now());
    expect(s.status).toBe('finished');
    clock.advance(50_000);
    expect(elapsed(s, clock.now())).toBe(125_000);
  });

  it('stepping back lets the previous section carry on from where it began', () => {
    const clock = fakeClock();
    let s = start(newPractice(3), clock.now());
    clock.advance(10_000);
    s = nextSection(s, clock.now());
    clock.advance(3_000);
    s = previousSection(s);
    clock.advance(2_000);
    expect(splits(s, clock.now())).toEqual([15_000]);
    expect(previousSection(s)).toBe(s);
  });

  it('compares estimated and actual time per section and against the target', () => {
    const clock = fakeClock();
    let s = start(newPractice(2), clock.now());
    clock.advance(40_000);
    s = nextSection(s, clock.now());
    clock.advance(30_000);
    const report = practiceReport(s, clock.now(), [30_000, 45_000], 60_000);
    expect(report.rows).toEqual([
      { index: 0, estimatedMs: 30_000, actualMs: 40_000, differenceMs: 10_000 },
      { index: 1, estimatedMs: 45_000, actualMs: 30_000, differenceMs: -15_000 },
    ]);
    expect(report.overTarget).toBe(true);
    expect(report.remainingMs).toBe(-10_000);
    expect(practiceReport(newPractice(2), clock.now(), [1, 2], null).rows.every((r) => r.actualMs === null)).toBe(true);
  });

  it('formats clock times', () => {
    expect(formatClock(125_400)).toBe('2:05');
    expect(formatClock(-10_000)).toBe('-0:10');
    expect(formatClock(0)).toBe('0:00');
  });
});
