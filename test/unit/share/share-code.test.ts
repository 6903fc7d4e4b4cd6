import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateShareCode, normalizeShareCode, SHARE_CODE_WORDS } from '../../../electron/share/share-code';
import { SPOKEN_WORDS } from '../../../electron/share/share-code-words';

// Words no share code may contain: read aloud over a phone or overheard, they alarm or hurt. Kept
// here on its own (not imported) so that a word dropped from the app's list is noticed.
const DENIED = `
  abuse accident accuse acid addict adult affair alarm alcohol anger angry anxiety armed armor
  army arrest assault asthma attack awful betray blade blame blast bleak blind blood body bomb
  border bullet bunker buyer cage cannon casino chaos chronic cigar clinic crash crazy crime
  cruel crush cry danger demise despair destroy disease disorder divorce dose drink dumb dwarf
  enemy escape evidence evil execute exile fat fatal fever flee force fury ghost grief guilt gun
  hazard hidden horror hospital hunt hurt ill illegal illness inflict inject injury inmate insane
  isolate kick kiss knife lawsuit liar mad master misery monster nasty nuclear orphan panic
  penalty pill pistol police poverty prison punch rebel rifle riot sad sadness scare secret
  sheriff shock shoot sick siege skull slam smoke soldier spy strike struggle suffer suspect
  sword symptom tobacco tragic trap trigger ugly unhappy upset useless vicious virus visa warfare
  warrior weapon whip wine witness wreck
  kill murder dead death die rape sex drug drugs cocaine heroin gang slave victim traffic
  terror bombs war shot stab hang suicide cancer
`
  .split(/\s+/)
  .filter(Boolean);

/** What docs/share-format.md promises: the list's size and the bits a code carries at least. */
function documented(): { words: number; bits: number } {
  const spec = readFileSync(join(__dirname, '../../../docs/share-format.md'), 'utf8');
  const words = /\*\*([\d,]+) words\*\*/.exec(spec)?.[1];
  const bits = /at least (\d+) bits/.exec(spec)?.[1];
  if (!words || !bits) throw new Error('docs/share-format.md no longer states the list size and bits');
  return { words: Number(words.replace(/,/g, '')), bits: Number(bits) };
}

/** Collision (Rényi-2) entropy in bits from counts: a lower bound of the Shannon entropy, unbiased enough at this size. */
function collisionEntropy(counts: Iterable<number>, draws: number): number {
  let pairs = 0;
  for (const n of counts) pairs += n * (n - 1);
  return -Math.log2(pairs / (draws * (draws - 1)));
}

describe('share codes', () => {
  it('never contain a word that alarms or hurts when read aloud, and the list is the documented size', () => {
    const spoken = new Set(SPOKEN_WORDS);
    expect(DENIED.filter((w) => spoken.has(w))).toEqual([]);
    expect(spoken.size).toBe(SPOKEN_WORDS.length);
    expect(SPOKEN_WORDS.length).toBe(documented().words);
    // Every word is one the reader knows, so any four-letter start still names one word.
    const bip39 = new Set(wordlist);
    expect(SPOKEN_WORDS.filter((w) => !bip39.has(w))).toEqual([]);
    const codes = Array.from({ length: 2000 }, generateShareCode);
    expect(codes.flatMap((c) => c.split('-')).filter((w) => DENIED.includes(w))).toEqual([]);
  });

  it('are seven words, each drawn from the whole spoken list: the documented bits, measured', () => {
    const size = SPOKEN_WORDS.length;
    const index = new Map(SPOKEN_WORDS.map((w, i) => [w, i]));
    const samples = 4000;
    const codes = Array.from({ length: samples }, generateShareCode);
    expect(new Set(codes).size).toBe(samples);
    const perPosition = Array.from({ length: SHARE_CODE_WORDS }, () => new Map<number, number>());
    const pooled = new Map<number, number>();
    for (const code of codes) {
      const words = code.split('-');
      expect(words).toHaveLength(SHARE_CODE_WORDS);
      words.forEach((w, position) => {
        const i = index.get(w);
        if (i === undefined) throw new Error(`"${w}" is not a word of the list`);
        perPosition[position]!.set(i, (perPosition[position]!.get(i) ?? 0) + 1);
        pooled.set(i, (pooled.get(i) ?? 0) + 1);
      });
    }
    for (const counts of perPosition) {
      const drawn = [...counts.keys()];
      // 4000 draws from ~1900 words reach ~1660 distinct words; from a list of 1024 at most 1024.
      expect(counts.size).toBeGreaterThan(1500);
      // Every eighth of the list is reached, the last included (a draw from the first part fails).
      for (let eighth = 0; eighth < 8; eighth++) {
        expect(drawn.some((i) => Math.floor((i * 8) / size) === eighth)).toBe(true);
      }
      // Uniform: the mean index is near the middle (its standard error over 4000 draws is ~8.7).
      const mean = drawn.reduce((sum, i) => sum + i * counts.get(i)!, 0) / samples;
      expect(Math.abs(mean - (size - 1) / 2)).toBeLessThan(60);
      // Each position alone carries close to log2(1898) = 10.89 bits (a 1024-word list gives 10).
      expect(collisionEntropy(counts.values(), samples)).toBeGreaterThan(10.7);
    }
    // Over all 28,000 words drawn, seven words carry at least what the docs promise.
    const perWord = collisionEntropy(pooled.values(), samples * SHARE_CODE_WORDS);
    expect(SHARE_CODE_WORDS * perWord).toBeGreaterThanOrEqual(documented().bits);
    expect(documented().bits).toBeGreaterThanOrEqual(64);
    // Positions are drawn independently: the same word in every position is a rarity, not a rule.
    const repeated = codes.filter((c) => new Set(c.split('-')).size < SHARE_CODE_WORDS).length;
    expect(repeated).toBeLessThan(samples * 0.05);
  });

  it('read the same however they are typed, codes made before "cannon" was set aside included', () => {
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
