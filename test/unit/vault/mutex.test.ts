import { describe, expect, it } from 'vitest';
import { mapLimit, Mutex } from '../../../electron/vault/mutex';

describe('one operation at a time', () => {
  it('runs tasks one after the other in the order given, a failure passed on and not blocking the next', async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    const step = (name: string, fail = false) =>
      mutex.run(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a'), step('b', true), step('c')]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('maps with at most the given number in flight, every result in its place', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
    expect(await mapLimit([], 3, async () => 1)).toEqual([]);
    expect(await mapLimit([1, 2], 8, async (n) => n)).toEqual([1, 2]);
  });
});
