import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NavRail } from '../../renderer/src/app/shell/NavRail';
import { PreferencesProvider } from '../../renderer/src/platform/preferences/PreferencesContext';
import { useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

// At large text the rail keeps its icons and each label floats beside its button, over the work
// area, on hover and focus. Once the button is pressed, or Escape is pressed, the label must get out
// of the way (WCAG 1.4.13) instead of covering the first campaign card until the mouse moves.
useEnglishScreens();

async function renderRail() {
  installHarbor({});
  const onNavigate = vi.fn();
  render(
    <PreferencesProvider fallback={null}>
      <NavRail current="library" onNavigate={onNavigate} />
    </PreferencesProvider>,
  );
  const rail = await screen.findByRole('navigation');
  // The rail appears once the preferences have loaded, outside act(): its effects (Escape's listener
  // on the document) may still be pending then, and under load the Escape test pressed it too soon.
  await act(async () => {});
  return { onNavigate, button: (name: string) => within(rail).getByRole('button', { name }) };
}

/**
 * Whether the button's floating label may show (on hover or focus). shell.css shows it on
 * :hover and :focus-visible except on a dismissed button, which happy-dom cannot match; the
 * stylesheet is checked for that rule below.
 */
const mayShow = (button: HTMLElement) => button.dataset.tip !== 'quiet';

describe('the rail’s floating labels', () => {
  it('pressing a button hides its label until the pointer comes back to it', async () => {
    const { onNavigate, button } = await renderRail();
    const campaigns = button('Campaigns');
    fireEvent.pointerEnter(campaigns);
    expect(mayShow(campaigns)).toBe(true);
    fireEvent.click(campaigns);
    expect(onNavigate).toHaveBeenCalledWith('campaigns');
    // The pointer still rests on the button: the label stays hidden over the work area.
    expect(mayShow(campaigns)).toBe(false);
    fireEvent.pointerLeave(campaigns);
    fireEvent.pointerEnter(campaigns);
    expect(mayShow(campaigns)).toBe(true);
  });

  it('from the keyboard: focus shows the label, Enter on the button hides it, focus on the next one shows that', async () => {
    const { onNavigate, button } = await renderRail();
    const week = button('This week');
    week.focus();
    expect(mayShow(week)).toBe(true);
    // Enter or Space on a button is a click.
    fireEvent.click(week);
    expect(onNavigate).toHaveBeenCalledWith('week');
    expect(mayShow(week)).toBe(false);
    const settings = button('Settings');
    settings.focus();
    expect(mayShow(settings)).toBe(true);
  });

  it('Escape hides a label shown by hover or focus, wherever the focus is, without moving either', async () => {
    const { onNavigate, button } = await renderRail();
    const library = button('Library');
    const safety = button('Safety guide');
    fireEvent.pointerEnter(library);
    safety.focus();
    fireEvent.keyDown(safety, { key: 'Escape' });
    expect(mayShow(library)).toBe(false);
    expect(mayShow(safety)).toBe(false);
    expect(document.activeElement).toBe(safety);
    expect(onNavigate).not.toHaveBeenCalled();
    // Hover alone, the focus in the work area (the page's body here).
    safety.blur();
    fireEvent.pointerLeave(library);
    fireEvent.pointerEnter(library);
    expect(mayShow(library)).toBe(true);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(mayShow(library)).toBe(false);
  });

  it('the stylesheet shows a label on hover and keyboard focus, never on a dismissed button', () => {
    const css = readFileSync('renderer/src/app/shell/shell.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    // The first rule that lifts the clip (it may also let the shown label take the pointer).
    const shows = css.match(/([^{}]+)\{\s*clip-path:\s*none;?[^{}]*\}/)?.[1] ?? '';
    const selectors = shows.split(',').map((s) => s.trim());
    expect(selectors).toEqual([
      ".rail__item:not([data-tip='quiet']):hover .rail__label",
      ".rail__item:not([data-tip='quiet']):focus-visible .rail__label",
    ]);
  });
});
