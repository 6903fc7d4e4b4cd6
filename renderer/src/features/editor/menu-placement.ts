/**
 * Fits an open toolbar menu into the room it has: below its button, or above it when there is
 * more room there (a short window, large text), scrolling inside itself if it is still too long,
 * and aligned to the button's right edge if it would run past the window's right edge. The room
 * is what the story's frame and the work area both leave visible.
 */
export function placeMenu(menu: HTMLElement): void {
  const anchor = (menu.parentElement ?? menu).getBoundingClientRect();
  // The frame clips only while it hides its overflow (side by side); stacked, the work area scrolls.
  const body = menu.closest<HTMLElement>('.story-screen__body');
  const frame = body && getComputedStyle(body).overflowY !== 'visible' ? body.getBoundingClientRect() : undefined;
  const view = menu.closest('.shell__main')?.getBoundingClientRect();
  const top = Math.max(frame?.top ?? 0, view?.top ?? 0, 0);
  const bottom = Math.min(frame?.bottom ?? window.innerHeight, view?.bottom ?? window.innerHeight, window.innerHeight);
  const below = bottom - anchor.bottom - 8;
  const above = anchor.top - top - 8;
  const up = menu.scrollHeight > below && above > below;
  menu.classList.toggle('menu--up', up);
  menu.style.maxHeight = `${Math.max(up ? above : below, 120)}px`;
  if (menu.getBoundingClientRect().right > document.documentElement.clientWidth) menu.classList.add('menu--end');
}
