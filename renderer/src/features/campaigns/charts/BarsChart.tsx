import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { AXIS_CLASS, FRAME, innerHeight, innerWidth, seriesClass } from './chart-frame';

export interface BarDatum {
  label: string;
  value: number;
}

/** One bar per category, each in its own series colour, with its number above it. */
export function BarsChart({ bars, colourEach = true }: { bars: readonly BarDatum[]; colourEach?: boolean }) {
  const width = innerWidth();
  const height = innerHeight();
  const x = scaleBand<string>({ domain: bars.map((b) => b.label), range: [0, width], padding: 0.3 });
  const max = Math.max(1, ...bars.map((b) => b.value));
  const y = scaleLinear<number>({ domain: [0, max], range: [height, 0], nice: true });
  return (
    <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} className="chart__svg" aria-hidden="true" focusable="false">
      <Group left={FRAME.left} top={FRAME.top}>
        {bars.map((bar, i) => {
          const barHeight = height - y(bar.value);
          const left = x(bar.label) ?? 0;
          return (
            <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
              <Bar
                x={left}
                y={height - barHeight}
                width={x.bandwidth()}
                height={barHeight}
                className={seriesClass(colourEach ? i : 0)}
              />
              <text x={left + x.bandwidth() / 2} y={y(bar.value) - 4} className="chart__value chart__value--centred">
                {bar.value}
              </text>
            </g>
          );
        })}
        <AxisLeft scale={y} numTicks={Math.min(5, max)} tickFormat={(v) => String(v)} axisClassName={AXIS_CLASS} />
        <AxisBottom top={height} scale={x} axisClassName={AXIS_CLASS} />
      </Group>
    </svg>
  );
}
