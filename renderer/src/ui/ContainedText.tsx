import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './contained-text.css';

/**
 * A short text that changes while the writer types (a word count, "Saving…"), held in a box whose
 * size is contained, so that a change inside lays out that box alone.
 *
 * Without it, each change lays out the whole page again, the story's text included, and Chromium
 * then builds its copy of the whole editable text for the input methods anew: in a book-length
 * story a frame of 4 to 7 ms, in which a keystroke that lands waits. A size-contained box is a
 * relayout boundary (when it is not itself a flex or grid item: hence the outer box), and the
 * writing's layout and that copy are left as they were.
 *
 * The box takes the size of what it holds from a ResizeObserver, after that is laid out, so it
 * always fits (any language, any text size), and the page is laid out again only when that size
 * really changes, as when a count gains a digit.
 */
export function ContainedText({ children }: { children: ReactNode }) {
  const box = useRef<HTMLSpanElement>(null);
  const content = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.borderBoxSize[0];
      if (!size) return;
      const inline = `${size.inlineSize}px`;
      const block = `${size.blockSize}px`;
      if (outer.style.inlineSize !== inline) outer.style.inlineSize = inline;
      if (outer.style.blockSize !== block) outer.style.blockSize = block;
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);

  return (
    <span ref={box} className="contained-text">
      <span ref={content} className="contained-text__content">
        {children}
      </span>
    </span>
  );
}
