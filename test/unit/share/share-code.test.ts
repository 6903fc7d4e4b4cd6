import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { generateShareCode, normalizeShareCode, SHARE_CODE_WORDS } from '../../../electron/share/share-code';

describe('share codes', () => {
  it('are seven words, each drawn from the whole 2048-word list: about 77 bits, measured', () => {
    expect(wordlist).toHaveLength(2048);
    const index = new Map(wordlist.map((w, i) => [w, i]));
    const samples = 4000;
    const codes = Array.from({ length: samples }, generateShareCode);
    expect(new Set(codes).size).toBe(samples);
    const perPosition = Array.from({ length: SHARE_CODE_WORDS }, () => new Map<number, number>());
    for (const code of codes) {
      const words = code.split('-');
      expect(words).toHaveLength(SHARE_CODE_WORDS);
      words.forEach((w, position) => {
        const i = index.get(w);
        if (i === undefined) throw new Error(`"${w}" is not a word of the list`);
        perPosition[position]!.set(i, (perPosition[position]!.get(i) ?? 0) + 1);
      });
    }
    let entropyBits = 0;
    for (const counts of perPosition) {
      const drawn = [...counts.keys()];
      // 4000 draws from 2048 words reach ~1750 distinct words; from a list of 1024 at most 1024.
      expect(counts.size).toBeGreaterThan(1500);
      // Every eighth of the list is reached, the last included (a draw from the first 256 fails).
      for (let eighth = 0; eighth < 8; eighth++) {
        expect(drawn.some((i) => i >> 8 === eighth)).toBe(true);
      }
      // Uniform: the mean index is near 1023.5 (its standard error over 4000 draws is ~9.4).
      const mean = drawn.reduce((sum, i) => sum + i * counts.get(i)!, 0) / samples;
      expect(Math.abs(mean - 1023.5)).toBeLessThan(60);
      // Entropy estimated from the observed frequencies, per word: close to 11 bits.
      let entropy = 0;
      for (const n of counts.values()) entropy -= (n / samples) * Math.log2(n / samples);
      // (the plug-in estimate runs ~0.4 bit low at this sample size; a 1024-word list gives at most 10).
      expect(entropy).toBeGreaterThan(10.3);
      entropyBits += entropy;
    }
    expect(entropyBits).toBeGreaterThanOrEqual(64);
    // Positions are drawn independently: the same word in every position is a rarity, not a rule.
    const repeated = codes.filter((c) => new Set(c.split('-')).size < SHARE_CODE_WORDS).length;
    expect(repeated).toBeLessThan(samples * 0.05);
  });

  it('read the same however they are typed', () => {
    const code = 'velvet-orbit-cannon-ramp-civil-hobby-lunar';
    const canonical = 'velvet orbit cannon ramp civil hobby lunar';
    for (const typed of [
      code,
      'Velvet Orbit Cannon Ramp Civil Hobby Lunar',
      '  VELVET   orbit-cannon\nramp, civil. hobby lunar ',
      'velv orbi cann ramp civi hobb luna',
      // Accents a phone keyboard or a Spanish layout adds are stripped, as the docs promise.
      'vélvet órbit cannón rámp cívil hóbby lunár',
      'VÉLVET ÖRBIT CAÑNON RÀMP CÎVIL HÕBBY LŪNAR',
      've\u0301lvet orbit cannon ramp civil hobby lunar',
      'vélv órbi cañn rámp cívi hóbb lúna',
      // Any start of four letters or more, not only the first four.
      'velve orbit canno ramp civil hobby luna',
      // Long separators are fine up to 400 characters in all.
      `${'velvet orbit cannon ramp civil hobby lunar'.replace(/ /g, ' '.repeat(55))}`.padEnd(400, ' '),
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
      // Past 400 characters nothing is read (a pasted document is not a share code).
      `${'velvet orbit cannon ramp civil hobby lunar'.replace(/ /g, ' '.repeat(55))}`.padEnd(401, ' '),
    ]) {
      expect(normalizeShareCode(typed)).toBeNull();
    }
  });
});
