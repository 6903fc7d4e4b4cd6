import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { countWords } from '../../../shared/story/word-count';
import { fitScript, splitSentences, timeMark } from '../../../shared/testimony/fit-script';
import { newTestimonyData } from '../../../shared/testimony/new-testimony';
import type { TestimonyData } from '../../../shared/testimony/testimony-data';

const oral = builtInTemplate('oral-script')!;

/** Sentences of 6 to 13 words, each one different, so a kept sentence can be found in the output. */
function prose(label: string, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => {
    const extra = ' and then it went on'.split(' ').slice(0, (i * 7) % 8);
    return `${label} sentence ${i + 1} is said out loud${extra.join(' ')}.`;
  }).reduce((text, s, i) => text + (i === 0 ? '' : i % 4 === 0 ? '\n\n' : ' ') + s, '');
}

/** A spoken testimony of about 1,100 words: far over even five minutes at 120 words a minute. */
function longScript(): TestimonyData {
  const t = newTestimonyData(oral, { language: 'en', now: '2026-01-01T00:00:00.000Z' });
  const text = { greeting: 3, introduction: 8, story: 80, ask: 10, thanks: 6 } as Record<string, number>;
  for (const id of Object.keys(text)) t.sections[id] = { text: prose(id, text[id]!), excerpts: [] };
  return { ...t, speakingRate: 120 };
}

describe('a spoken script fitted to its minutes at the chosen pace', () => {
  it('1, 2, 3 and 5 minutes give four different lengths, each within 10 % under the target', () => {
    const t = longScript();
    const lengths = [1, 2, 3, 5].map((minutes) => {
      const fit = fitScript(t, { minutes })!;
      const spoken = fit.sections.map((s) => s.text).join('\n\n');
      const words = countWords(spoken);
      expect(words, `${minutes} min`).toBe(fit.words);
      expect(words, `${minutes} min`).toBeLessThanOrEqual(minutes * 120);
      expect(words, `${minutes} min`).toBeGreaterThanOrEqual(minutes * 120 * 0.9);
      return words;
    });
    expect(new Set(lengths).size).toBe(4);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('follows the pace: the same two minutes hold more words at 160 a minute than at 100', () => {
    const slow = fitScript({ ...longScript(), speakingRate: 100 }, { minutes: 2 })!;
    const fast = fitScript({ ...longScript(), speakingRate: 160 }, { minutes: 2 })!;
    expect(slow.words).toBeLessThanOrEqual(200);
    expect(fast.words).toBeGreaterThan(200);
    expect(fast.words).toBeLessThanOrEqual(320);
  });

  it('keeps every section’s opening, in order, and says per section what was left out', () => {
    const fit = fitScript(longScript(), { minutes: 1 })!;
    for (const s of fit.sections) {
      expect(s.text.startsWith(`${s.sectionId} sentence 1 `), s.sectionId).toBe(true);
    }
    const story = fit.sections.find((s) => s.sectionId === 'story')!;
    // The heart of the time gets the largest part, and the cut is what follows what was kept.
    expect(story.words).toBe(Math.max(...fit.sections.map((s) => s.words)));
    expect(story.cut[0]).toMatch(new RegExp(`^story sentence ${splitSentences(story.text).length + 1} `));
    expect(story.cutWords).toBe(story.cut.reduce((n, c) => n + countWords(c), 0));
    // Time marks: each section starts where the one before it ends.
    expect(fit.sections[0]!.startsAt).toBe(0);
    expect(fit.sections[1]!.startsAt).toBeCloseTo(fit.sections[0]!.words / 120);
  });

  it('leaves a script that already fits as it is, paragraphs included', () => {
    const t = newTestimonyData(oral, { language: 'en', now: '2026-01-01T00:00:00.000Z' });
    t.sections.story = { text: 'One short line. Another one!\n\nA new paragraph?', excerpts: [] };
    const fit = fitScript(t, { minutes: 1 })!;
    const story = fit.sections.find((s) => s.sectionId === 'story')!;
    expect(story.text).toBe('One short line. Another one!\n\nA new paragraph?');
    expect(story.cut).toEqual([]);
  });

  it('a written template with no minutes has nothing to fit; time marks read as minutes and seconds', () => {
    const letter = newTestimonyData(builtInTemplate('letter')!, { language: 'en', now: '2026-01-01T00:00:00.000Z' });
    expect(fitScript(letter)).toBeNull();
    expect([0, 0.5, 1.25, 3].map(timeMark)).toEqual(['0:00', '0:30', '1:15', '3:00']);
  });
});
