import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { charWidth, lineHeight, seriesClass, useChartBox, wrapWords } from './chart-frame';

// An SVG keyword, not words a person reads (the locale check flags string attributes in markup).
const MIDDLE_OF_BAR = 'central';

export interface BarDatum {
  label: string;
  value: number;
}

/**
 * One bar per category, lying down: its label above it (wrapped to the width) and its number at
 * its end. Lying bars keep their labels whole at any text size and in a narrow column, where
 * labels under standing bars would overlap.
 */
export function BarsChart({ bars, colourEach = true }: { bars: readonly BarDatum[]; colourEach?: boolean }) {
  const { ref, width, font } = useChartBox();
  const line = lineHeight(font);
  const thickness = Math.max(16, Math.round(font * 1.4));
  const gap = Math.round(font * 0.8);
  const max = Math.max(1, ...bars.map((b) => b.value));
  // Room after the longest bar for its number.
  const valueRoom = String(max).length * charWidth(font) + 8;
  const x = scaleLinear<number>({ domain: [0, max], range: [0, Math.max(1, width - valueRoom)] });
  let top = 0;
  const rows = bars.map((bar) => {
    const labelLines = wrapWords(bar.label, width, font);
    const row = { bar, labelLines, top };
    top += labelLines.length * line + 4 + thickness + gap;
    return row;
  });
  const height = Math.max(1, top - gap);
  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        className="chart__svg"
        aria-hidden="true"
        focusable="false"
        fontSize={font}
      >
        {rows.map(({ bar, labelLines, top: rowTop }, i) => {
          const barTop = rowTop + labelLines.length * line + 4;
          const length = x(bar.value);
          return (
            <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
              <text className="chart__bar-label" fontSize={font}>
                {labelLines.map((text, l) => (
                  <tspan key={l} x={0} y={rowTop + (l + 1) * line - Math.round(font * 0.3)}>
                    {text}
                  </tspan>
                ))}
              </text>
              <Bar x={0} y={barTop} width={length} height={thickness} className={seriesClass(colourEach ? i : 0)} />
              <text
                x={length + 6}
                y={barTop + thickness / 2}
                dominantBaseline={MIDDLE_OF_BAR}
                className="chart__value"
                fontSize={font}
              >
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
