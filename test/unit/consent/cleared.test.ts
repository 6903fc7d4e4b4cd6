import { describe, expect, it, vi } from 'vitest';

// What "this is fine to share" remembers. The module is loaded inside each test, so its schemas
// are built with whatever the test sees (a schema built once at load would hide a changed limit).
const load = async () => {
  vi.resetModules();
  return import('../../../shared/consent/cleared');
};

describe('the cleared list', () => {
  it('keeps a cleared word of one to 300 characters, and refuses an empty or longer one', async () => {
    const { clearedTextSchema, CLEARED_LIMITS } = await load();
    expect(CLEARED_LIMITS.chars).toBe(300);
    expect(clearedTextSchema.safeParse('').success).toBe(false);
    expect(clearedTextSchema.safeParse('a').success).toBe(true);
    expect(clearedTextSchema.safeParse('ab').success).toBe(true);
    expect(clearedTextSchema.safeParse('x'.repeat(300)).success).toBe(true);
    expect(clearedTextSchema.safeParse('x'.repeat(301)).success).toBe(false);
  });

  it('holds up to 5000 cleared words, and refuses a longer list', async () => {
    const { clearedListSchema, CLEARED_LIMITS } = await load();
    expect(CLEARED_LIMITS.entries).toBe(5000);
    expect(clearedListSchema.safeParse([]).success).toBe(true);
    expect(clearedListSchema.safeParse(['lima', 'quito']).success).toBe(true);
    expect(clearedListSchema.safeParse(Array.from({ length: 5000 }, (_, i) => `w${i}`)).success).toBe(true);
    expect(clearedListSchema.safeParse(Array.from({ length: 5001 }, (_, i) => `w${i}`)).success).toBe(false);
  });

  it('remembers words ignoring case, accents and spacing, once each, dropping the oldest past the limit', async () => {
    const { addCleared, clearedKey } = await load();
    expect(clearedKey('  MARÍA \n  Ruiz ')).toBe('maria ruiz');
    expect(clearedKey('x'.repeat(350))).toHaveLength(300);
    expect(addCleared(['lima'], ['LIMA', 'Quito', '  ', 'quito'])).toEqual(['lima', 'quito']);
    const full = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const after = addCleared(full, ['new one']);
    expect(after).toHaveLength(5000);
    expect(after[0]).toBe('w1');
    expect(after.at(-1)).toBe('new one');
  });
});
