/** Keyboard-only driving: Tab moves focus, Enter/Space act, typing types. No clicks anywhere. */
import type { Page } from 'playwright-core';

/** The focused element's accessible name, approximated the way a screen reader would read it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    const aria = el.getAttribute('aria-label');
    if (aria) return aria.trim();
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0)
      return Array.from(labels, (l) => l.textContent ?? '')
        .join(' ')
        .trim();
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, failing after `max` presses:
 * proves the control is reachable from the keyboard, in the page's own tab order.
 */
export async function tabTo(page: Page, name: string | RegExp, { max = 60, backwards = false } = {}): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    if (matches(current)) return;
    seen.push(current);
  }
  throw new Error(`No control named ${String(name)} was reached with Tab. Focus went through: ${seen.join(' | ')}`);
}

/** Tab to a control and press Enter on it. */
export async function activate(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Tab to a field and type into it. */
export async function typeInto(page: Page, name: string | RegExp, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

/** Inside a radio group (or a select), arrow keys move the choice: press until the focused one matches. */
export async function arrowTo(page: Page, name: string | RegExp, { key = 'ArrowDown', max = 12 } = {}): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < max; i++) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press(key);
  }
  if (!matches(await focusedName(page))) throw new Error(`Arrow keys never reached ${String(name)}`);
}
