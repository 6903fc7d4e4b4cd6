/** Layout checks a person would notice: a control they cannot see or reach, a page that scrolls sideways. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The control lies wholly inside the window and is the topmost thing at its centre, so a click
 * lands on it (not on a footer or bar drawn over it).
 */
export async function expectOnScreenAndClickable(page: Page, control: Locator): Promise<void> {
  const name = (await control.textContent())?.trim() ?? '';
  const where = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      width: r.width,
      vw: document.documentElement.clientWidth,
      vh: document.documentElement.clientHeight,
      onTop: !!hit && el.contains(hit),
    };
  });
  expect(where.width, `${name} has a size`).toBeGreaterThan(0);
  expect(where.left, `${name} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(where.top, `${name} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(where.right, `${name} ends inside the window`).toBeLessThanOrEqual(where.vw);
  expect(where.bottom, `${name} ends inside the window`).toBeLessThanOrEqual(where.vh);
  expect(where.onTop, `nothing is drawn over ${name}`).toBe(true);
}

/** Neither the page nor its work area scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() =>
    [document.documentElement, document.querySelector('.shell__main')]
      .filter((el): el is Element => !!el)
      .map((el) => el.scrollWidth - el.clientWidth),
  );
  for (const extra of overflow) expect(extra).toBeLessThanOrEqual(0);
}
