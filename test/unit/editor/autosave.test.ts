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
});
