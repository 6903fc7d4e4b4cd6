import { useLayoutEffect, useRef, useState } from 'react';
import { useTextScale } from '../../../platform/preferences/PreferencesContext';

/**
 * Charts are drawn one SVG unit to one CSS pixel: the drawing is as wide as its column (measured),
 * and its text is as large as the person's text size makes the page's small text (0.75rem), so
 * labels grow with the setting instead of shrinking with the column. Where nothing can be measured
 * (a test's DOM) the column is taken as `FALLBACK_WIDTH`.
 */
export const FALLBACK_WIDTH = 640;

/** The page's root size at standard text (base.css: 17px × --text-scale). */
const ROOT_PX = 17;
/** Chart labels are the page's small text. */
const LABEL_REM = 0.75;

/** The labels' size in pixels at a text scale (1 = standard). */
export const labelPx = (textScale: number) => ROOT_PX * LABEL_REM * textScale;

/** A generous width for one character of label text, so estimated labels never overlap. */
export const charWidth = (font: number) => font * 0.62;

/** A line of label text, with room between lines. */
export const lineHeight = (font: number) => Math.round(font * 1.3);

/** How wide a label of `text` is drawn, estimated (no measuring, so tests and Chromium agree). */
export const textWidth = (text: string, font: number) => text.length * charWidth(font);

/** Words laid on lines no wider than `width`; a word longer than a line stands alone on its own. */
export function wrapWords(text: string, width: number, font: number): string[] {
  const fit = Math.max(1, Math.floor(width / charWidth(font)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > fit) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The drawing's width in CSS pixels (measured as its column changes) and its label size. */
export function useChartBox<E extends Element = HTMLDivElement>() {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  const font = labelPx(useTextScale());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width, font };
}

/** Series colours come from the theme (charts.css), one class per series, so every theme recolours them. */
export const seriesClass = (index: number) => `chart-series chart-series--${(index % 5) + 1}`;

/** Axis lines and labels take the theme's text colours (charts.css). */
export const AXIS_CLASS = 'chart__axis';
