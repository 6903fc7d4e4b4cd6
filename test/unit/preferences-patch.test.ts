import { describe, expect, it } from 'vitest';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';
import { defaultPreferences, preferencesPatchSchema, preferencesSchema } from '../../shared/preferences';

describe('changing one preference', () => {
  it('changes only that one (the others are not reset to their defaults)', () => {
    const prefs = createMemoryPreferences({ language: 'es', theme: 'dark', disguise: true, quickExitAction: 'close' });
    const patch = preferencesPatchSchema.parse({ textScale: 1.2 });
    expect(patch).toEqual({ textScale: 1.2 });
    expect(prefs.set(patch)).toMatchObject({
      language: 'es',
      theme: 'dark',
      disguise: true,
      quickExitAction: 'close',
      textScale: 1.2,
    });
  });

  it('refuses window bounds and unknown keys from the renderer', () => {
    expect(preferencesPatchSchema.safeParse({ windowBounds: null }).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ storyTitle: 'x' }).success).toBe(false);
  });
});

describe('a first start', () => {
  it('shows the same settings before and after the preferences file is read (defaults agree with the schema)', () => {
    expect(preferencesSchema.parse({})).toEqual(defaultPreferences);
  });
});
