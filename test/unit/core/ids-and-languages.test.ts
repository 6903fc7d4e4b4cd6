import { describe, expect, it } from 'vitest';
import { harborIdSchema, isHarborId } from '../../../shared/core/ids';
import { isLang, langSchema, LANGS } from '../../../shared/core/languages';
import { isErrorMessageKey } from '../../../shared/error-text/error-catalog';

describe('a Harbor id', () => {
  it('is 8 to 64 URL-safe characters', () => {
    for (const good of ['abcd1234', 'story-01_X', 'a'.repeat(64)]) expect(isHarborId(good), good).toBe(true);
    for (const bad of ['abc', 'a'.repeat(65), 'has space1', '../../etc', 'ünïcode12', 42, undefined]) {
      expect(isHarborId(bad), String(bad)).toBe(false);
    }
  });

  it('is refused with a catalog key, never an English sentence', () => {
    const parsed = harborIdSchema.safeParse('../x');
    expect(parsed.success).toBe(false);
    const message = parsed.error!.issues[0]!.message;
    expect(isErrorMessageKey(message), message).toBe(true);
  });
});

describe('languages', () => {
  it('are English and Spanish, and nothing else passes', () => {
    expect([...LANGS]).toEqual(['en', 'es']);
    expect(isLang('es')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(langSchema.safeParse('de').success).toBe(false);
  });
});
