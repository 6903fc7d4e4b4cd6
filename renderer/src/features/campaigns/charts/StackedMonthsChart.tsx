import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { AXIS_CLASS, charWidth, lineHeight, seriesClass, textWidth, useChartBox } from './chart-frame';

// The legend's swatch is one text line tall at every text size.
const KEY_SWATCH = '1em';

export interface MonthStack {
  /** The month's label as the reader sees it. */
  label: string;
  /** One count per series, in the order of `series`. */
  counts: readonly number[];
}

/** Months side by side, each a stack of one block per series (engagements by kind). */
export function StackedMonthsChart({ months, series }: { months: readonly MonthStack[]; series: readonly string[] }) {
  const { ref, width, font } = useChartBox();
  const totals = months.map((m) => m.counts.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  // Room for the count labels on the left, the month labels below, and half a label at either end.
  const longest = Math.max(0, ...months.map((m) => textWidth(m.label, font)));
  const margin = {
    top: Math.round(font * 0.75),
    left: Math.round(String(max).length * charWidth(font) + 16),
    right: Math.round(Math.min(longest / 2, width / 4)),
    bottom: Math.round(lineHeight(font) + 14),
  };
  const plotWidth = Math.max(1, width - margin.left - margin.right);
  const plotHeight = Math.max(160, font * 12);
  const x = scaleBand<string>({ domain: months.map((m) => m.label), range: [0, plotWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, max], range: [plotHeight, 0], nice: true });
  // As many month labels as fit side by side at this text size, evenly spaced, never overlapping.
  const fit = Math.max(1, Math.floor(plotWidth / (longest + font)));
  const every = Math.max(1, Math.ceil(months.length / fit));
  const shown = months.filter((_, i) => i % every === 0).map((m) => m.label);
  const tickLabel = () => ({ fontSize: font, textAnchor: 'middle' as const });
  return (
    <div ref={ref}>
      <ul className="chart__legend">
        {series.map((name, i) => (
          <li key={name}>
            <svg width={KEY_SWATCH} height={KEY_SWATCH} aria-hidden="true" focusable="false">
              <rect width="100%" height="100%" className={seriesClass(i)} />
            </svg>
            {name}
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${width} ${plotHeight + margin.top + margin.bottom}`}
        className="chart__svg"
        aria-hidden="true"
        focusable="false"
        fontSize={font}
      >
        <Group left={margin.left} top={margin.top}>
          {months.map((month) => {
            let base = 0;
            return (
              <g key={month.label} data-month={month.label}>
                {month.counts.map((count, i) => {
                  // A kind with none that month draws nothing (the table still says 0).
                  if (count === 0) return null;
                  const top = y(base + count);
                  const rect = (
                    <rect
                      key={series[i]}
                      x={x(month.label) ?? 0}
                      y={top}
                      width={x.bandwidth()}
                      height={y(base) - top}
                      className={seriesClass(i)}
                      data-series={series[i]}
                      data-value={count}
                    />
                  );
                  base += count;
                  return rect;
                })}
              </g>
            );
          })}
          <AxisLeft
            scale={y}
            numTicks={Math.min(5, max)}
            tickFormat={(v) => String(v)}
            axisClassName={AXIS_CLASS}
            tickLabelProps={() => ({ fontSize: font, textAnchor: 'end' as const, dx: '-0.25em', dy: '0.33em' })}
          />
          <AxisBottom
            top={plotHeight}
            scale={x}
            axisClassName={AXIS_CLASS}
            tickValues={shown}
            tickLabelProps={tickLabel}
          />
        </Group>
      </svg>
    </div>
  );
}
