import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleTime } from '@visx/scale';
import { AXIS_CLASS, lineHeight, seriesClass, textWidth, useChartBox } from './chart-frame';

export interface TimelineRow {
  label: string;
  /** Bills are one colour, engagements another, hearings a third (the legend is the row's label). */
  kind: 'bill' | 'engagement' | 'hearing';
  /** Dates as yyyy-mm-dd. */
  dates: readonly string[];
}

const SERIES = { bill: 0, engagement: 1, hearing: 2 } as const;

const dayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

/**
 * Engagements and hearings as ticks, one per whole unit of width: years of meetings would
 * otherwise draw thousands of marks on top of each other. Each tick lists the days it stands for.
 */
function ticks(dates: readonly string[], at: (date: string) => number): { at: number; dates: string[] }[] {
  const byX = new Map<number, string[]>();
  for (const date of dates) {
    // Three units apart: the tick is four wide, so closer ones would overlap anyway.
    const x = Math.round(at(date) / 3) * 3;
    const same = byX.get(x);
    if (same) same.push(date);
    else byX.set(x, [date]);
  }
  return [...byX].map(([x, list]) => ({ at: x, dates: list }));
}

/** Each bill's steps on one line, with the campaign's engagements and hearings on lines below, on one time axis. */
export function TimelineChart({ rows, formatDate }: { rows: readonly TimelineRow[]; formatDate: (d: Date) => string }) {
  const all = rows.flatMap((r) => r.dates).sort();
  const first = dayOf(all[0] ?? '2000-01-01');
  const last = dayOf(all[all.length - 1] ?? '2000-01-01');
  // One day's span still gets an axis a week wide, so a single point sits in the middle.
  const span = Math.max(last.getTime() - first.getTime(), 7 * 86_400_000);
  const mid = (first.getTime() + last.getTime()) / 2;
  const { ref, width, font } = useChartBox();
  // Half a date label of room at either end, so the first and last tick labels stay inside.
  const sample = formatDate(first);
  const side = Math.round(textWidth(sample, font) / 2 + 4);
  const plotWidth = Math.max(1, width - 2 * side);
  const x = scaleTime<number>({
    domain: [new Date(mid - span / 2), new Date(mid + span / 2)],
    range: [0, plotWidth],
    nice: true,
  });
  // Each row: its label on a line of its own, then the line the marks sit on.
  const label = lineHeight(font);
  const rule = label + 14;
  const row = rule + 14;
  const height = rows.length * row;
  // As many date ticks as fit side by side at this text size (at most six). The time scale picks
  // calendar-round ticks and may return more than asked for, so every other one is dropped until they fit.
  const fit = Math.max(2, Math.min(6, Math.floor(plotWidth / (textWidth(sample, font) + font * 1.5))));
  const nice = x.ticks(fit);
  const step = Math.ceil(nice.length / fit);
  const tickValues = nice.filter((_, i) => i % step === 0);
  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${height + label + 16}`}
        className="chart__svg"
        aria-hidden="true"
        focusable="false"
        fontSize={font}
      >
        <Group left={side} top={4}>
          {rows.map((r, i) => {
            const mark = seriesClass(SERIES[r.kind]);
            return (
              <g key={`${r.kind}-${r.label}`} transform={`translate(0, ${i * row})`} data-row={r.label}>
                <text x={-side + 4} y={label - Math.round(font * 0.3)} className="chart__row-label" fontSize={font}>
                  {r.label}
                </text>
                <line x1={0} x2={plotWidth} y1={rule} y2={rule} className="chart__rule" />
                {r.kind === 'bill'
                  ? r.dates.map((date, d) => (
                      <circle key={d} cx={x(dayOf(date))} cy={rule} r={6} className={mark} data-date={date} />
                    ))
                  : ticks(r.dates, (d) => x(dayOf(d))).map(({ at, dates }) => (
                      <rect
                        key={at}
                        x={at - 2}
                        y={rule - 8}
                        width={4}
                        height={16}
                        className={mark}
                        data-date={dates.join(' ')}
                      />
                    ))}
              </g>
            );
          })}
          <AxisBottom
            top={height}
            scale={x}
            tickValues={tickValues}
            tickFormat={(d) => formatDate(d as Date)}
            axisClassName={AXIS_CLASS}
            tickLabelProps={() => ({ fontSize: font, textAnchor: 'middle' as const })}
          />
        </Group>
      </svg>
    </div>
  );
}
