import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleTime } from '@visx/scale';
import { AXIS_CLASS, FRAME, innerWidth, seriesClass } from './chart-frame';

export interface TimelineRow {
  label: string;
  /** Bills are one colour, engagements another, hearings a third (the legend is the row's label). */
  kind: 'bill' | 'engagement' | 'hearing';
  /** Dates as yyyy-mm-dd. */
  dates: readonly string[];
}

const ROW = 44;
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
  const x = scaleTime<number>({
    domain: [new Date(mid - span / 2), new Date(mid + span / 2)],
    range: [0, innerWidth()],
    nice: true,
  });
  const height = rows.length * ROW;
  return (
    <svg
      viewBox={`0 0 ${FRAME.width} ${height + FRAME.top + FRAME.bottom}`}
      className="chart__svg"
      aria-hidden="true"
      focusable="false"
    >
      <Group left={FRAME.left} top={FRAME.top}>
        {rows.map((row, r) => {
          const mark = seriesClass(SERIES[row.kind]);
          return (
            <g key={`${row.kind}-${row.label}`} transform={`translate(0, ${r * ROW})`} data-row={row.label}>
              <text x={0} y={12} className="chart__row-label">
                {row.label}
              </text>
              <line x1={0} x2={innerWidth()} y1={30} y2={30} className="chart__rule" />
              {row.kind === 'bill'
                ? row.dates.map((date, i) => (
                    <circle key={i} cx={x(dayOf(date))} cy={30} r={6} className={mark} data-date={date} />
                  ))
                : ticks(row.dates, (d) => x(dayOf(d))).map(({ at, dates }) => (
                    <rect
                      key={at}
                      x={at - 2}
                      y={22}
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
          numTicks={6}
          tickFormat={(d) => formatDate(d as Date)}
          axisClassName={AXIS_CLASS}
        />
      </Group>
    </svg>
  );
}
