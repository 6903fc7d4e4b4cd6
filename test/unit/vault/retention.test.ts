import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { RETENTION, revisionsToDelete } from '../../../electron/vault/testing';
import { newVault, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2027, 2, 2, 12, 0, 0);

/** Revisions 1..n, saved `gapMs` apart, ending now. */
const series = (n: number, gapMs: number, named: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({
    revision: i + 1,
    savedAtMs: NOW - (n - 1 - i) * gapMs,
    named: named.includes(i + 1),
  }));

describe('retention policy', () => {
  it('keeps everything up to the latest 20 unnamed', () => {
    expect(revisionsToDelete('story', series(20, 1000), NOW)).toEqual([]);
    expect(RETENTION.keepLatestUnnamed).toBe(20);
  });

  it('the 21st unnamed is the first thinned: kept alone in its hour, dropped beside a newer one', () => {
    expect(revisionsToDelete('story', series(21, 1000), NOW)).toEqual([]);
    expect(revisionsToDelete('story', series(22, 1000), NOW)).toEqual([1]);
    expect(revisionsToDelete('story', [], NOW)).toEqual([]);
    expect(revisionsToDelete('grant', [], NOW)).toEqual([]);
  });

  it('older unnamed ones of the last day, each in its own hour, are all kept', () => {
    expect(revisionsToDelete('story', series(23, HOUR), NOW)).toEqual([]);
    expect(revisionsToDelete('story', series(23, HOUR / 2), NOW)).toEqual([1]);
  });

  it('a revision exactly a day old is thinned by the day, with the rest of its day', () => {
    const recent = series(20, 1000).map((e) => ({ ...e, revision: e.revision + 2 }));
    const dayOld = { revision: 2, savedAtMs: NOW - DAY, named: false };
    const hourBefore = { revision: 1, savedAtMs: NOW - DAY - HOUR, named: false };
    expect(revisionsToDelete('story', [hourBefore, dayOld, ...recent], NOW)).toEqual([1]);
    // A millisecond younger, it is still thinned by the hour, and so is kept apart from its day.
    const younger = { ...dayOld, savedAtMs: NOW - DAY + 1 };
    expect(revisionsToDelete('story', [hourBefore, younger, ...recent], NOW)).toEqual([]);
  });

  it('thins older unnamed revisions of the last day to one per hour (the newest of each hour)', () => {
    // 40 saves one minute apart: the last 20 stay; the other 20 fall in at most two hours.
    const entries = series(40, 60_000).map((e) => ({ ...e, savedAtMs: e.savedAtMs - (NOW % HOUR) + HOUR - 1 }));
    const doomed = revisionsToDelete('story', entries, NOW + HOUR);
    const kept = entries.map((e) => e.revision).filter((r) => !doomed.includes(r));
    const olderKept = kept.filter((r) => r <= 20);
    const hours = new Set(entries.filter((e) => e.revision <= 20).map((e) => Math.floor(e.savedAtMs / HOUR)));
    expect(olderKept).toHaveLength(hours.size);
    for (const r of olderKept) {
      const hour = Math.floor(entries[r - 1]!.savedAtMs / HOUR);
      const sameHour = entries.filter((e) => e.revision <= 20 && Math.floor(e.savedAtMs / HOUR) === hour);
      expect(r).toBe(Math.max(...sameHour.map((e) => e.revision)));
    }
  });

  it('keeps one per day for revisions older than a day', () => {
    // 20 recent saves, then 6 per day for 10 older days.
    const recent = series(20, 60_000).map((e) => ({ ...e, revision: e.revision + 60 }));
    const old = Array.from({ length: 60 }, (_, i) => ({
      revision: i + 1,
      savedAtMs: NOW - (10 - Math.floor(i / 6)) * DAY + (i % 6) * HOUR - (NOW % DAY),
      named: false,
    }));
    const doomed = revisionsToDelete('story', [...old, ...recent], NOW);
    const keptOld = old.map((e) => e.revision).filter((r) => !doomed.includes(r));
    expect(keptOld).toHaveLength(10);
    // The newest of each day survives.
    expect(keptOld).toEqual([6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
    expect(doomed.every((r) => r <= 60)).toBe(true);
  });

  it('never deletes named revisions, and they do not count toward the 20', () => {
    const entries = series(50, 1000, [1, 2, 3]);
    const doomed = revisionsToDelete('testimony', entries, NOW);
    expect(doomed).not.toContain(1);
    expect(doomed).not.toContain(2);
    expect(doomed).not.toContain(3);
    // 47 unnamed, all in the same few seconds: 20 kept + the newest of the remaining hour bucket.
    const keptUnnamed = entries.filter((e) => !e.named && !doomed.includes(e.revision));
    expect(keptUnnamed.length).toBeGreaterThanOrEqual(21);
    expect(keptUnnamed.length).toBeLessThanOrEqual(22);
  });

  it('other kinds keep only the latest revision, named or not', () => {
    expect(revisionsToDelete('grant', series(5, 1000, [2]), NOW).sort()).toEqual([1, 2, 3, 4]);
    expect(revisionsToDelete('settings', series(1, 1000), NOW)).toEqual([]);
  });

  it('is applied by put(): a story saved 30 times keeps 20 recent + one per hour', async () => {
    const { vault } = await newVault();
    const s = await vault.create('story', { n: 0 });
    await vault.nameRevision(s.id, 1, 'first');
    for (let i = 1; i < 30; i++) await vault.put(s.id, { n: i });
    const revs = (await vault.revisions(s.id)).map((r) => r.revision);
    // 1 is named; 11..30 are the latest 20 unnamed; 2..10 share an hour (or two), so 1–2 survive.
    expect(revs.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => 30 - i));
    expect(revs).toContain(1);
    expect(revs.length).toBeGreaterThanOrEqual(22);
    expect(revs.length).toBeLessThanOrEqual(23);
    expect((await vault.getRevision(s.id, 1)).data).toEqual({ n: 0 });
    await vault.close();
  });
});
