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

/**
 * Every way the screen as it stands can fail a person, in words: two controls drawn over each
 * other, a control no scrolling brings into the window or that something else covers at its centre
 * (so a click lands elsewhere), and a page that scrolls sideways. Empty when the screen is fine.
 * Scroll positions are put back afterwards, so a screenshot shows the screen as it was.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const INTERACTIVE =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [contenteditable="true"], ' +
      '[role="button"], [role="link"], [role="tab"], [role="radio"], [role="checkbox"], [role="menuitem"], ' +
      '[role="switch"], [role="option"], [tabindex]:not([tabindex="-1"])';
    const problems: string[] = [];
    const describe = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        (el as HTMLInputElement).name ??
        '';
      return `${el.tagName.toLowerCase()} "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    };
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return /(auto|scroll)/.test(style.overflowX + style.overflowY);
    };
    const clips = (el: Element) => getComputedStyle(el).overflow !== 'visible';
    // A control a person can see: rendered, not hidden by opacity or visibility, larger than the
    // one-pixel box of a control kept only for screen readers, and not set inert behind a dialog.
    // An open modal dialog makes the rest of the page inert: only its own controls can be reached.
    const modal = document.querySelector('dialog:modal');
    const seen = [...document.querySelectorAll(INTERACTIVE)].filter((el) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      if (el.closest('[inert], [aria-hidden="true"]')) return false;
      if (modal && !modal.contains(el)) return false;
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2;
    });

    // Overlap, at the scroll positions the screen opened with: each box cut to what its clipping
    // ancestors show. Controls in a fixed or sticky bar are compared only with their neighbours
    // in the same bar (content scrolling under a bar is fine; the click check below finds content
    // that cannot get out from under it).
    const layer = (el: Element) => {
      for (let n: Element | null = el; n; n = n.parentElement) {
        const position = getComputedStyle(n).position;
        if (position === 'fixed' || position === 'sticky') return n;
      }
      return document.body;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
        if (!clips(n)) continue;
        const c = n.getBoundingClientRect();
        box = {
          left: Math.max(box.left, c.left),
          top: Math.max(box.top, c.top),
          right: Math.min(box.right, c.right),
          bottom: Math.min(box.bottom, c.bottom),
        };
      }
      return box;
    };
    const boxes = seen.map((el) => ({ el, box: shown(el), layer: layer(el) }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.layer !== b.layer || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 1 && h > 1) problems.push(`${describe(a.el)} and ${describe(b.el)} overlap`);
      }
    }

    // Reach: scrolled to, the control lies in the window and is what a click at its centre hits.
    const scrolled = [document.scrollingElement, ...document.querySelectorAll('*')]
      .filter((el): el is Element => !!el && (el.scrollTop > 0 || el.scrollLeft > 0 || scrolls(el)))
      .map((el) => ({ el, top: el.scrollTop, left: el.scrollLeft }));
    for (const el of seen) {
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
        problems.push(`${describe(el)} does not fit in the window`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !el.contains(hit)) {
        problems.push(`${describe(el)} is covered by ${hit ? describe(hit) : 'nothing'}`);
      }
    }
    for (const { el, top, left } of scrolled) {
      el.scrollTop = top;
      el.scrollLeft = left;
    }

    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > innerWidth) problems.push(`the page scrolls sideways (${page.scrollWidth} > ${innerWidth})`);
    return problems;
  });
}
