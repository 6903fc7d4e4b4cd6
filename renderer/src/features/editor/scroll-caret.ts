import type { EditorView } from '@tiptap/pm/view';

/** Room kept between the caret and the top or bottom edge of the writing area, in CSS pixels. */
const MARGIN_PX = 48;

const scrollers = new WeakMap<HTMLElement, HTMLElement | null>();

function scrollerOf(dom: HTMLElement): HTMLElement | null {
  if (scrollers.has(dom)) return scrollers.get(dom)!;
  let found: HTMLElement | null = null;
  for (let el = dom.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      found = el;
      break;
    }
  }
  scrollers.set(dom, found);
  return found;
}

/**
 * Keeps the caret in view after typing, for ProseMirror's handleScrollToSelection. ProseMirror's own
 * version measures the caret and then every ancestor up to the window on each keystroke, which in a
 * book-length story is a noticeable share of the time a key takes to appear; here it is one caret
 * measurement and one of the scrolling area, and a scroll only when the caret is near an edge.
 * Returns false (ProseMirror's own scrolling) when there is no scrolling area or nothing to measure.
 */
export function scrollCaretIntoView(view: EditorView): boolean {
  const scroller = scrollerOf(view.dom);
  if (!scroller) return false;
  let caret: { top: number; bottom: number };
  try {
    caret = view.coordsAtPos(view.state.selection.head);
  } catch {
    return false;
  }
  const box = scroller.getBoundingClientRect();
  if (box.height === 0) return false;
  if (caret.top < box.top + MARGIN_PX) scroller.scrollTop -= box.top + MARGIN_PX - caret.top;
  else if (caret.bottom > box.bottom - MARGIN_PX) scroller.scrollTop += caret.bottom - (box.bottom - MARGIN_PX);
  return true;
}
