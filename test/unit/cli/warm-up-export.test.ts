import { afterEach, describe, expect, it, vi } from 'vitest';

// The story schema's warm-up, counted here; the test below runs the real one.
const checked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../electron/cli/warm-up-story', async (original) => {
  const real = await original<typeof import('../../../electron/cli/warm-up-story')>();
  return {
    ...real,
    warmUpStoryCheck: () => {
      checked.count += 1;
      return real.warmUpStoryCheck();
    },
  };
});

const { warmUpExport } = await import('../../../electron/cli/warm-up-export');
const { warmUpPrint } = await import('../../../electron/cli/warm-up-print');
const { warmUpStory, warmUpStoryCheck } = await import('../../../electron/cli/warm-up-story');

afterEach(() => {
  checked.count = 0;
});

describe("harbor export's warm-up while the key is derived", () => {
  it('prints a page of Harbor’s own words, made with no vault at all', () => {
    const { html } = warmUpPrint();
    // Fixed words only: nothing in it could have come from a person's vault.
    expect(html).toContain('The quick brown fox');
    expect(html).toContain('Part 2');
  });

  it('checks a story of Harbor’s own words that the story schema accepts, as a real story is', () => {
    expect(JSON.stringify(warmUpStory().doc)).toContain('The quick brown fox');
    expect(warmUpStory().details).toBeUndefined();
    expect(warmUpStoryCheck()).toBe(true);
  });

  it('runs its steps while the key is derived', async () => {
    await warmUpExport(() => true);
    expect(checked.count).toBe(1);
  });

  it('stops as soon as the vault is open: the export itself goes first', async () => {
    await warmUpExport(() => false);
    expect(checked.count).toBe(0);
    // Open after the first step (the date format): the story schema is not checked.
    let steps = 0;
    await warmUpExport(() => steps++ < 1);
    expect(checked.count).toBe(0);
  });
});
