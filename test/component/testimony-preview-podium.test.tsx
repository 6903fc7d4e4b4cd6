import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { countWords } from '../../shared/story/word-count';
import { builtInTemplate } from '../../shared/templates';
import { newTestimonyData, type Testimony } from '../../shared/testimony';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { Builder } from '../../renderer/src/features/testimony/builder/Builder';
import { installHarbor } from './harbor-stub';
import { para, text } from '../unit/export/helpers/fixtures';
import type { StoryDoc } from '../../shared/story/doc-types';

beforeAll(() => {
  initI18n('en');
});

const sentences = (label: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${label} sentence ${i + 1} of what I will say to them today.`).join(' ');

/** A one-minute script at 120 words a minute: a greeting, one long story paragraph, a quoted story, the ask. */
function script(): Testimony {
  const data = newTestimonyData(builtInTemplate('oral-script')!, { language: 'en', now: '2098-01-01T10:00:00Z' });
  data.sections.greeting = { text: 'Chair Lee, members, thank you.', excerpts: [] };
  data.sections.story = {
    text: sentences('Story', 7),
    excerpts: [
      {
        id: 'ex-0001',
        storyId: 'story-0001',
        storyTitle: 'My story',
        doc: { type: 'doc', content: [para(text('They took my passport.'))] } as StoryDoc,
      },
    ],
  };
  data.sections.ask = { text: sentences('Ask', 30), excerpts: [] };
  return { ...data, speakingRate: 120, targetMinutes: 1, id: 'testimony-0001', revision: 1 };
}

async function openPreview(testimony: Testimony): Promise<HTMLElement> {
  installHarbor({
    'testimony:get': () => ok(testimony),
    'share:list': () => ok([]),
    'template:list': () => ok([]),
  });
  render(<Builder id={testimony.id} onClose={() => undefined} registerBeforeLock={() => () => undefined} />);
  fireEvent.click(await screen.findByRole('button', { name: /Preview/ }));
  return screen.findByTestId('draft-preview');
}

describe('the preview of a spoken script', () => {
  it('is set for the podium: 16–18 pt on 1.5–2 lines, short paragraphs, a time mark before each section, no italics', async () => {
    const draft = await openPreview(script());
    const page = draft.querySelector<HTMLElement>('.preview-doc')!;
    expect(page.classList.contains('preview-doc--podium')).toBe(true);
    // The preview reads 1rem as the files' 12 pt body.
    const pt = parseFloat(page.style.fontSize) * 12;
    expect(pt).toBeGreaterThanOrEqual(16);
    expect(pt).toBeLessThanOrEqual(18);
    const lineHeight = Number(page.style.lineHeight);
    expect(lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(lineHeight).toBeLessThanOrEqual(2);

    // Each section the cut keeps opens with its start time, as a cue and not as a heading to read out.
    const marks = [...draft.querySelectorAll('.preview-doc__time-mark')].map((m) => m.textContent);
    // The ask starts after the greeting's 5 words, the story's 77 and the quote's 4: 86 words, 43 s at 120 a minute.
    expect(marks).toEqual(['0:00', '0:03', '0:43']);
    expect(draft.querySelectorAll('h3, h4, h5')).toHaveLength(0);
    const firstMark = draft.querySelector('.preview-doc__time-mark')!;
    expect(firstMark.nextElementSibling?.textContent).toBe('Chair Lee, members, thank you.');

    // The 77-word story paragraph is split at sentence ends; no paragraph is long.
    const paragraphs = [...draft.querySelectorAll('.preview-doc__body p:not(.preview-doc__time-mark)')];
    expect(paragraphs.some((p) => p.textContent!.startsWith('Story sentence 5 of'))).toBe(true);
    for (const p of paragraphs) expect(countWords(p.textContent!)).toBeLessThanOrEqual(45);
    // The quotation is upright: no italics anywhere the person did not set them.
    expect(draft.querySelector('blockquote')?.textContent).toBe('They took my passport.');
    expect(draft.querySelectorAll('em, i')).toHaveLength(0);
  });

  it('shows the script as it exports, fitted to its minutes, and says how many sentences were left out', async () => {
    const draft = await openPreview(script());
    expect(draft.textContent).toContain('Ask sentence 1 of');
    expect(draft.textContent).not.toContain('Ask sentence 30 of');
    expect(screen.getByTestId('fitted-hint').textContent).toMatch(
      /^This is your 1 min script at 120 words a minute, as it will export: sentences left out to fit, \d+\./,
    );
  });

  it('a written template’s preview is not set for the podium and has no time marks', async () => {
    const data = newTestimonyData(builtInTemplate('letter')!, { language: 'en', now: '2098-01-01T10:00:00Z' });
    data.sections.story = { text: sentences('Letter', 8), excerpts: [] };
    const draft = await openPreview({ ...data, id: 'testimony-0002', revision: 1 });
    const page = draft.querySelector<HTMLElement>('.preview-doc')!;
    expect(page.classList.contains('preview-doc--podium')).toBe(false);
    expect(page.style.fontSize).toBe('');
    expect(draft.querySelectorAll('.preview-doc__time-mark')).toHaveLength(0);
    expect(screen.queryByTestId('fitted-hint')).toBeNull();
  });
});
