import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from '../../../renderer/src/platform/autosave';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(save: (c: string) => Promise<void>) {
    const states: SaveState[] = [];
    const saver = createAutosaver<string>({ save, onState: (s) => states.push(s), delayMs: 1000 });
    return { saver, states };
  }

  it('saves once, about a second after typing stops', async () => {
    const saved: string[] = [];
    const { saver, states } = setup(async (c) => void saved.push(c));
    saver.changed('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.changed('ab');
    await vi.advanceTimersByTimeAsync(900);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves pending text at once', async () => {
    const saved: string[] = [];
    const { saver } = setup(async (c) => void saved.push(c));
    saver.changed('before lock');
    await saver.flush();
    expect(saved).toEqual(['before lock']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['before lock']);
  });

  it('keeps edits made during a slow save and saves them next', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const { saver } = setup(
      (c) =>
        new Promise<void>((resolve) => {
          saved.push(c);
          release = resolve;
        }),
    );
    saver.changed('one');
    await vi.advanceTimersByTimeAsync(1000);
    saver.changed('one two');
    const flushed = saver.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(saved).toEqual(['one', 'one two']);
  });

  it('a failed save keeps the text and reports an error; the next flush retries it', async () => {
    let fail = true;
    const saved: string[] = [];
    const { saver, states } = setup(async (c) => {
      if (fail) throw new Error('The disk is full.');
      saved.push(c);
    });
    saver.changed('precious words');
    await expect(saver.flush()).rejects.toThrow('The disk is full.');
    expect(states.at(-1)).toBe('error');
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['precious words']);
    expect(states.at(-1)).toBe('saved');
  });

  /** A save that waits until the test lets it land. */
  function slowSaves() {
    const saved: string[] = [];
    const landing: (() => void)[] = [];
    const save = (c: string) =>
      new Promise<void>((resolve) => {
        saved.push(c);
        landing.push(resolve);
      });
    const land = async () => {
      landing.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    };
    return { saved, save, land };
  }

  it('folds everything typed during a save into one save, a full gap after that save landed', async () => {
    const { saved, save, land } = slowSaves();
    const { saver, states } = setup(save);
    saver.changed('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['a']);
    for (const text of ['ab', 'abc', 'abcd']) {
      saver.changed(text);
      await vi.advanceTimersByTimeAsync(30);
    }
    // Still saving the first: the status bar does not flicker to "pending" and back per key.
    expect(states.at(-1)).toBe('saving');
    await land();
    expect(states.at(-1)).toBe('pending');
    // The last key's own delay has passed, but the previous save landed too recently.
    await vi.advanceTimersByTimeAsync(990);
    expect(saved).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(20);
    expect(saved).toEqual(['a', 'abcd']);
    await land();
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a', 'abcd']);
  });

  it('typing on through a save never starts a save straight after the one before', async () => {
    const saved: string[] = [];
    const startedAt: number[] = [];
    const landedAt: number[] = [];
    const { saver } = setup(async (c) => {
      saved.push(c);
      startedAt.push(Date.now());
      // Each save takes 150 ms to land.
      await new Promise((resolve) => setTimeout(resolve, 150));
      landedAt.push(Date.now());
    });
    let typed = '';
    for (let ms = 0; ms < 20_000; ms += 100) {
      // Bursts of typing with pauses just long enough for a save to start, like the benchmark.
      if (ms % 1300 < 300) saver.changed((typed += 'x'));
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    expect(startedAt.length).toBeGreaterThan(5);
    for (let i = 1; i < startedAt.length; i++) expect(startedAt[i]! - landedAt[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect(saved.at(-1)).toBe(typed);
  });

  it('flush does not wait for the gap: the last edit before a lock is saved right after the save in flight', async () => {
    const { saved, save, land } = slowSaves();
    const { saver, states } = setup(save);
    saver.changed('first words');
    await vi.advanceTimersByTimeAsync(1000);
    saver.changed('first words and the last ones');
    let done = false;
    const flushed = saver.flush().then(() => (done = true));
    await land();
    expect(saved).toEqual(['first words', 'first words and the last ones']);
    expect(done).toBe(false);
    await land();
    await flushed;
    expect(states.at(-1)).toBe('saved');
  });

  it('flush also saves what is typed while its own save is in flight', async () => {
    const { saved, save, land } = slowSaves();
    const { saver } = setup(save);
    saver.changed('one');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.changed('one two');
    await land();
    await land();
    await flushed;
    expect(saved).toEqual(['one', 'one two']);
  });

  it('after dispose, a save that lands with edits pending starts no other on its own', async () => {
    const { saved, save, land } = slowSaves();
    const { saver } = setup(save);
    saver.changed('one');
    await vi.advanceTimersByTimeAsync(1000);
    saver.changed('one two');
    saver.dispose();
    await land();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual(['one']);
  });
});
