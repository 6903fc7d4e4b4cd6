import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { generateShareCode, normalizeShareCode, SHARE_CODE_WORDS } from '../../../electron/share/share-code';

describe('share codes', () => {
  it('are seven words of a 2048-word list: at least 64 bits', () => {
    expect(wordlist).toHaveLength(2048);
    expect(SHARE_CODE_WORDS * Math.log2(wordlist.length)).toBeGreaterThanOrEqual(64);
    const codes = Array.from({ length: 50 }, generateShareCode);
    for (const code of codes) {
      const words = code.split('-');
      expect(words).toHaveLength(7);
      for (const w of words) expect(wordlist).toContain(w);
    }
    expect(new Set(codes).size).toBe(50);
  });

  it('read the same however they are typed', () => {
    const code = 'velvet-orbit-cannon-ramp-civil-hobby-lunar';
    const canonical = 'velvet orbit cannon ramp civil hobby lunar';
    for (const typed of [
      code,
      'Velvet Orbit Cannon Ramp Civil Hobby Lunar',
      '  VELVET   orbit-cannon\nramp, civil. hobby lunar ',
      'velv orbi cann ramp civi hobb luna',
    ]) {
      expect(normalizeShareCode(typed)).toBe(canonical);
    }
  });

  it('refuse anything else', () => {
    for (const typed of [
      '',
      'velvet orbit cannon ramp civil hobby',
      'velvet orbit cannon ramp civil hobby lunar extra',
      'velvet orbit cannon ramp civil hobby lunatic',
      'vel orbit cannon ramp civil hobby lunar',
      'x'.repeat(1000),
    ]) {
      expect(normalizeShareCode(typed)).toBeNull();
    }
  });
});
