/**
 * The drawing area every chart shares, in SVG units: the svg scales to its column's width, so the
 * numbers only set proportions and room for the axis labels.
 */
export const FRAME = { width: 640, height: 260, top: 16, right: 16, bottom: 44, left: 48 } as const;

export const innerWidth = (width: number = FRAME.width) => width - FRAME.left - FRAME.right;
export const innerHeight = (height: number = FRAME.height) => height - FRAME.top - FRAME.bottom;

/** Series colours come from the theme (charts.css), one class per series, so every theme recolours them. */
export const seriesClass = (index: number) => `chart-series chart-series--${(index % 5) + 1}`;

/** Axis lines and labels take the theme's text colours (charts.css). */
export const AXIS_CLASS = 'chart__axis';
