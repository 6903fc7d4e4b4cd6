import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/templates';
import { checkBudget, computeBudgets, measureText, sectionTextToNodes } from '../../../shared/testimony';
import { filledTestimony } from '../../support/fill-template';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('testimony budgets', () => {
  it('measures words, characters (without line breaks) and speaking minutes at the chosen rate', () => {
    expect(measureText('Hello there,\nfriend.', 130)).toEqual({ words: 3, characters: 19, minutes: 3 / 130 });
    expect(measureText(words(260), 130).minutes).toBe(2);
    expect(measureText(words(300), 150).minutes).toBe(2);
    expect(measureText('', 130)).toEqual({ words: 0, characters: 0, minutes: 0 });
  });

  it('is ok below 90%, near from 90%, over above the limit', () => {
    const m = (w: number) => measureText(words(w));
    expect(checkBudget(m(89), { unit: 'words', max: 100 }).state).toBe('ok');
    expect(checkBudget(m(90), { unit: 'words', max: 100 }).state).toBe('near');
    expect(checkBudget(m(100), { unit: 'words', max: 100 }).state).toBe('near');
    expect(checkBudget(m(101), { unit: 'words', max: 100 })).toMatchObject({ state: 'over', used: 101, max: 100 });
  });

  it('checks the Washington 5,000-character limit on the state template in total', () => {
    const t = filledTestimony(builtInTemplate('us-state-written')!);
    for (const id of Object.keys(t.sections)) t.sections[id] = { text: '', excerpts: [] };
    t.sections.story = { text: 'x'.repeat(5_001), excerpts: [] };
    const budgets = computeBudgets(t);
    expect(budgets.totalChecks).toEqual([
      expect.objectContaining({ unit: 'characters', used: 5_001, max: 5_000, state: 'over' }),
    ]);
    expect(budgets.over).toBe(true);
    t.sections.story = { text: 'x'.repeat(4_000), excerpts: [] };
    expect(computeBudgets(t).over).toBe(false);
  });

  it('counts sections per budget and the total across sections and excerpts', () => {
    const t = filledTestimony(builtInTemplate('letter')!);
    t.sections.why = { text: words(80), excerpts: [] };
    t.sections.story = {
      text: words(10),
      excerpts: [
        {
          id: 'ex-1',
          storyId: 'story-0001',
          storyTitle: 'A',
          doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words(5) }] }] },
        },
      ],
    };
    t.sections.ask = { text: '', excerpts: [] };
    t.sections.thanks = { text: '', excerpts: [] };
    const b = computeBudgets(t);
    const why = b.sections.find((s) => s.sectionId === 'why')!;
    expect(why.check).toMatchObject({ unit: 'words', used: 80, max: 70, state: 'over' });
    expect(b.sections.find((s) => s.sectionId === 'story')!.measure.words).toBe(15);
    expect(b.total.words).toBe(95);
    expect(b.totalChecks).toEqual([expect.objectContaining({ unit: 'words', used: 95, max: 500, state: 'ok' })]);
  });

  it('oral script: the chosen length is the minutes limit, and section minutes scale with it', () => {
    const t = filledTestimony(builtInTemplate('oral-script')!);
    for (const id of Object.keys(t.sections)) t.sections[id] = { text: '', excerpts: [] };
    t.speakingRate = 130;
    t.sections.story = { text: words(195), excerpts: [] }; // 1.5 minutes
    t.targetMinutes = 3;
    let b = computeBudgets(t);
    expect(b.totalChecks).toEqual([expect.objectContaining({ unit: 'minutes', max: 3, used: 1.5, state: 'ok' })]);
    expect(b.sections.find((s) => s.sectionId === 'story')!.check).toMatchObject({ max: 1.75, state: 'ok' });
    t.targetMinutes = 1;
    b = computeBudgets(t);
    expect(b.totalChecks[0]).toMatchObject({ max: 1, state: 'over' });
    expect(b.sections.find((s) => s.sectionId === 'story')!.check!.max).toBeCloseTo(1.75 / 3);
    // A faster speaker fits more words in the same time.
    t.speakingRate = 200;
    t.targetMinutes = 1;
    expect(computeBudgets(t).totalChecks[0]!.used).toBeCloseTo(195 / 200);
  });
});

describe('section text', () => {
  it('makes paragraphs from blank lines, keeps single line breaks, and bullets from "-" lines', () => {
    const nodes = sectionTextToNodes('First line\nsecond line\n\n- one\n- two\nAfter');
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'bulletList', 'paragraph']);
    expect(nodes[0]!.content!.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text']);
    expect(nodes[1]!.content).toHaveLength(2);
  });
  it('in a bullets section every line is a bullet', () => {
    const nodes = sectionTextToNodes('one\n• two\n\nthree', 'bullets');
    expect(nodes.map((n) => n.type)).toEqual(['bulletList', 'bulletList']);
    expect(JSON.stringify(nodes)).not.toContain('•');
  });
});
