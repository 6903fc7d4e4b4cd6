import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInTemplate } from '../../shared/templates';
import { computeBudgets, newTestimonyData, type Testimony } from '../../shared/testimony';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { PracticeMode } from '../../renderer/src/features/practice/PracticeMode';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => {
  setLanguage('en');
  // The clock only moves when the test says so: performance.now and the redraw interval are fake.
  vi.useFakeTimers({ toFake: ['performance', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function oralScript(): Testimony {
  const data = newTestimonyData(builtInTemplate('oral-script')!, { language: 'en', now: '2098-01-01T10:00:00Z' });
  data.speakingRate = 130;
  data.targetMinutes = 1;
  data.sections.greeting = { text: words(65), excerpts: [] }; // 30 s at 130 words a minute
  data.sections.story = { text: words(130), excerpts: [] }; // 1 min
  return { ...data, id: 'testimony-0001', revision: 1 };
}

const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('practice mode', () => {
  it('Space starts and pauses, the arrows move between parts, and each part is timed against its estimate', () => {
    const testimony = oralScript();
    render(<PracticeMode testimony={testimony} budgets={computeBudgets(testimony)} onLeave={() => undefined} />);
    const script = screen.getByTestId('teleprompter');
    const clock = screen.getByTestId('practice-clock');
    // Only the parts with words in them are practised; the target is the chosen minute.
    expect(
      within(script)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Greeting', 'My story']);
    expect(clock.textContent).toContain('of 1:00');

    script.focus();
    fireEvent.keyDown(script, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Timer running: Greeting');
    advance(40_000);
    expect(clock.textContent).toMatch(/^0:40/);

    fireEvent.keyDown(script, { key: 'ArrowRight' });
    expect(screen.getByRole('status').textContent).toBe('Timer running: My story');
    advance(25_000);
    fireEvent.keyDown(script, { key: ' ' });
    expect(screen.getByRole('status').textContent).toBe('Paused at 1:05');
    // Paused time does not count.
    advance(60_000);
    expect(clock.textContent).toMatch(/^1:05/);
    expect(clock.textContent).toContain('Over your time');

    const rows = screen.getAllByTestId('split-row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Greeting', '0:30', '0:40', '+0:10'],
      ['My story', '1:00', '0:25', '-0:35'],
    ]);

    fireEvent.keyDown(script, { key: 'ArrowLeft' });
    expect(script.querySelector('[aria-current="step"] h2')?.textContent).toBe('Greeting');
  });

  it('scrolls the script at the chosen speed while running, and stands still when the system asks for less motion', () => {
    vi.useFakeTimers({
      toFake: ['performance', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const testimony = oralScript();
    const { unmount } = render(
      <PracticeMode testimony={testimony} budgets={computeBudgets(testimony)} onLeave={() => undefined} />,
    );
    const script = screen.getByTestId('teleprompter');
    fireEvent.change(screen.getByLabelText('Scrolling speed'), { target: { value: '60' } });
    fireEvent.keyDown(script, { key: ' ' });
    advance(2_000);
    // 60 points a second for two seconds, give or take a frame.
    expect(script.scrollTop).toBeGreaterThan(100);
    expect(script.scrollTop).toBeLessThanOrEqual(121);
    fireEvent.keyDown(script, { key: ' ' });
    const paused = script.scrollTop;
    advance(2_000);
    expect(script.scrollTop).toBe(paused);
    unmount();

    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === '(prefers-reduced-motion: reduce)',
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    try {
      render(<PracticeMode testimony={testimony} budgets={computeBudgets(testimony)} onLeave={() => undefined} />);
      const still = screen.getByTestId('teleprompter');
      fireEvent.change(screen.getByLabelText('Scrolling speed'), { target: { value: '60' } });
      fireEvent.keyDown(still, { key: ' ' });
      expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
      advance(2_000);
      expect(still.scrollTop).toBe(0);
    } finally {
      matchMedia.mockRestore();
    }
  });

  it('covers the whole window with every control in one bar, and Escape leaves', () => {
    const testimony = oralScript();
    const onLeave = vi.fn();
    const { container, unmount } = render(
      <PracticeMode testimony={testimony} budgets={computeBudgets(testimony)} onLeave={onLeave} />,
    );
    // Drawn outside the app (over it); the app underneath is out of the keyboard's reach meanwhile.
    const screenEl = document.querySelector('.whole-window .practice-screen');
    expect(screenEl).toBeTruthy();
    expect(container.contains(screenEl)).toBe(false);
    expect(container.hasAttribute('inert')).toBe(true);
    expect(document.activeElement?.textContent).toBe('Practice out loud');

    const bar = within(screen.getByTestId('practice-bar'));
    for (const name of ['Start', 'Previous part', 'Next part', 'Finish', 'Start over'])
      expect(bar.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Leave practice' })).toBeTruthy();
    expect(bar.getByLabelText('Scrolling speed')).toBeTruthy();
    expect(bar.getByTestId('practice-clock')).toBeTruthy();

    fireEvent.keyDown(screen.getByTestId('teleprompter'), { key: 'Escape' });
    expect(onLeave).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.querySelector('.whole-window')).toBeNull();
    expect(container.hasAttribute('inert')).toBe(false);
  });
});
