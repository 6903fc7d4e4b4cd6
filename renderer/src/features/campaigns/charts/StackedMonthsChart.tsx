import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { AXIS_CLASS, FRAME, innerHeight, innerWidth, seriesClass } from './chart-frame';

export interface MonthStack {
  /** The month's label as the reader sees it. */
  label: string;
  /** One count per series, in the order of `series`. */
  counts: readonly number[];
}

/** Months side by side, each a stack of one block per series (engagements by kind). */
export function StackedMonthsChart({ months, series }: { months: readonly MonthStack[]; series: readonly string[] }) {
  const width = innerWidth();
  const height = innerHeight();
  const x = scaleBand<string>({ domain: months.map((m) => m.label), range: [0, width], padding: 0.2 });
  const totals = months.map((m) => m.counts.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const y = scaleLinear<number>({ domain: [0, max], range: [height, 0], nice: true });
  // Long spans keep at most 12 month labels so they never overlap.
  const every = Math.max(1, Math.ceil(months.length / 12));
  const shown = new Set(months.filter((_, i) => i % every === 0).map((m) => m.label));
  return (
    <div>
      <ul className="chart__legend">
        {series.map((name, i) => (
          <li key={name}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" className={seriesClass(i)} />
            </svg>
            {name}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} className="chart__svg" aria-hidden="true" focusable="false">
        <Group left={FRAME.left} top={FRAME.top}>
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
          <AxisLeft scale={y} numTicks={Math.min(5, max)} tickFormat={(v) => String(v)} axisClassName={AXIS_CLASS} />
          <AxisBottom
            top={height}
            scale={x}
            axisClassName={AXIS_CLASS}
            tickValues={months.map((m) => m.label).filter((l) => shown.has(l))}
          />
        </Group>
      </svg>
    </div>
  );
}
