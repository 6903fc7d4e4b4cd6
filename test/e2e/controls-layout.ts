/** What a person would run into on a screen as it is drawn now: controls on top of each other, cut off, or covered. */
import type { Page } from 'playwright-core';

/**
 * Every visible control (button, link, field, tab, text box) is checked: no two overlap; each one
 * cut off by a frame sits in a frame that scrolls to it (never sideways), and lies inside the window
 * across; the part on screen is the topmost thing at its centre, so a click lands on it. Returns
 * what is wrong, one line each, naming the control (empty when all is well).
 */
export function controlLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROLS =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="textbox"], [role="tab"], [role^="menuitem"]';
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const clippers = (el: Element) => {
      const found: Element[] = [];
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') found.push(p);
      }
      return found;
    };
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const shown: { el: Element; box: { left: number; top: number; right: number; bottom: number } }[] = [];
    for (const el of Array.from(document.querySelectorAll(CONTROLS))) {
      const r = el.getBoundingClientRect();
      // Visually hidden helpers (1 px, clipped) are for screen readers, not for clicking.
      if (r.width < 2 || r.height < 2 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      for (const frame of clippers(el)) {
        const f = frame.getBoundingClientRect();
        const cutVertically = r.top < f.top - 1 || r.bottom > f.bottom + 1;
        const cutAcross = r.left < f.left - 1 || r.right > f.right + 1;
        if (cutAcross) problems.push(`${name(el)} is cut off at the side of ${frame.className || frame.tagName}`);
        if (cutVertically && frame.scrollHeight <= frame.clientHeight)
          problems.push(`${name(el)} is cut off by ${frame.className || frame.tagName}, which does not scroll`);
        box.left = Math.max(box.left, f.left);
        box.top = Math.max(box.top, f.top);
        box.right = Math.min(box.right, f.right);
        box.bottom = Math.min(box.bottom, f.bottom);
      }
      if (r.left < -1 || r.right > vw + 1) problems.push(`${name(el)} runs past the side of the window`);
      box.top = Math.max(box.top, 0);
      box.bottom = Math.min(box.bottom, vh);
      // Scrolled out of sight inside its frame: reachable by scrolling, nothing to click now.
      if (box.right - box.left < 2 || box.bottom - box.top < 2) continue;
      const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      if (!hit || !el.contains(hit))
        problems.push(`${name(el)} is covered by ${hit ? name(hit) : 'nothing'} (${hit?.className ?? ''})`);
      shown.push({ el, box });
    }
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!;
        const b = shown[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > 1 && down > 1) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    return problems;
  });
}
