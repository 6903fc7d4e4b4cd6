import { escapeHtml } from './html-escape';
import type { TableBlock } from './table-block';

/*
 * A table's chart as a self-contained SVG (no script, no link, no font or image fetched), drawn
 * only from the table's own cells: every word in the picture is a caption, header or cell that
 * went through the release gate with the table, or a number or date worked out from them. The PDF
 * prints this SVG; the DOCX embeds it rasterised (electron/export/chart-png.ts), so both carry the
 * same picture. Colours and the font are attributes, not print CSS, so a rasteriser sees them too.
 */

/** Liberation Sans is what Harbor ships for rasterising (assets/fonts/); print falls back to Arial. */
export const CHART_FONT_FAMILY = 'Liberation Sans, Arial, Helvetica, sans-serif';
const FONT_SIZE = 11;
/** A generous width for one character, so estimated labels never overlap. */
const CHAR = FONT_SIZE * 0.62;
/** Series colours (Okabe–Ito, distinguishable with the common colour-vision deficiencies). */
const SERIES = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const BAR = '#555555';
const INK = '#000000';
const RULE = '#999999';

const seriesColour = (i: number) => SERIES[i % SERIES.length]!;

/**
 * Characters drawn about a full em wide (Chinese, Japanese, Korean, full-width forms) count as
 * this many of the estimated Latin characters, so their labels are cut to the room they have.
 */
const WIDE_UNITS = 1.7;
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** A label's estimated width, in Latin characters. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE_CHAR.test(ch) ? WIDE_UNITS : 1;
  return units;
}

/** A label cut to about `max` Latin characters' width, with an ellipsis when it was longer. */
function fit(text: string, max: number): string {
  if (textUnits(text) <= max) return text;
  const kept: string[] = [];
  let units = 1;
  for (const ch of text) {
    const w = textUnits(ch);
    if (units + w > max && kept.length > 0) break;
    kept.push(ch);
    units += w;
  }
  return `${kept.join('')}\u2026`;
}

const label = (x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'start') =>
  `<text x="${x}" y="${y}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`} fill="${INK}">${escapeHtml(text)}</text>`;

function frame(block: TableBlock, width: number, height: number, body: string): string {
  const summary = escapeHtml(block.chart?.summary ?? block.caption);
  return (
    `<svg class="chart" role="img" aria-label="${summary}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` font-family="${CHART_FONT_FAMILY}" font-size="${FONT_SIZE}" xmlns="http://www.w3.org/2000/svg">` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"></rect>${body}</svg>`
  );
}

/** A cell's whole number (a cell that is not a number counts as 0; "4 engagements" is 4). */
export function cellNumber(cell: string | undefined): number {
  const m = /-?\d[\d,]*/.exec(cell ?? '');
  const value = m ? Number(m[0].replace(/,/g, '')) : 0;
  return Number.isFinite(value) ? value : 0;
}

/** The rows a bar chart draws: each label with its value. */
export function chartBars(block: TableBlock): { label: string; value: number }[] {
  const column = block.chart?.kind === 'bars' ? block.chart.valueColumn : 1;
  return block.rows.map((row) => ({ label: row[0] ?? '', value: cellNumber(row[column]) }));
}

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 170;
const BARS_WIDTH = 460;

/** Horizontal bars, one per row, as long as its value against the largest. */
export function barChartSvg(block: TableBlock): string {
  const bars = chartBars(block);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = BARS_WIDTH - LABEL_WIDTH - 40;
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const marks = bars
    .map((b, i) => {
      const y = GAP + i * (BAR_HEIGHT + GAP);
      const width = Math.round((b.value / max) * plot);
      return [
        label(LABEL_WIDTH - 6, y + BAR_HEIGHT - 5, fit(b.label, Math.floor((LABEL_WIDTH - 8) / CHAR)), 'end'),
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" class="bar" fill="${BAR}"></rect>`,
        label(LABEL_WIDTH + width + 4, y + BAR_HEIGHT - 5, String(b.value)),
      ].join('');
    })
    .join('');
  return frame(block, BARS_WIDTH, height, marks);
}

export interface StackedColumn {
  label: string;
  /** One count per series, in the order of the chart's `seriesColumns`. */
  counts: number[];
}

/** What a stacked chart draws: its series (named by the header) and one column per row. */
export function chartStacks(block: TableBlock): { series: string[]; columns: StackedColumn[] } {
  const columns = block.chart?.kind === 'stacked' ? block.chart.seriesColumns : [];
  return {
    series: columns.map((c) => block.header[c] ?? ''),
    columns: block.rows.map((row) => ({ label: row[0] ?? '', counts: columns.map((c) => cellNumber(row[c])) })),
  };
}

const WIDE = 600;

/** A round top for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= max)!;
}

/** A legend on one or more lines: a swatch and the series' name each. Returns the SVG and its height. */
function legend(names: readonly string[], width: number): { svg: string; height: number } {
  let x = 0;
  let y = 0;
  const parts: string[] = [];
  for (const [i, raw] of names.entries()) {
    const name = fit(raw, 28);
    const w = 16 + textUnits(name) * CHAR + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 18;
    }
    parts.push(
      `<rect x="${x}" y="${y + 3}" width="10" height="10" fill="${seriesColour(i)}"></rect>`,
      label(Math.round(x + 14), y + 12, name),
    );
    x += w;
  }
  return { svg: parts.join(''), height: y + 22 };
}

/** Columns side by side (a month each), every one a stack of its series' counts, with a legend above. */
export function stackedChartSvg(block: TableBlock): string {
  const { series, columns } = chartStacks(block);
  const totals = columns.map((c) => c.counts.reduce((a, b) => a + b, 0));
  const top = niceMax(Math.max(1, ...totals));
  const key = legend(series, WIDE);
  const left = Math.round(String(top).length * CHAR + 12);
  const plotWidth = WIDE - left - 10;
  const plotHeight = 180;
  const y0 = key.height + 6;
  const band = plotWidth / Math.max(1, columns.length);
  const barWidth = Math.max(1, band * 0.8);
  const yAt = (n: number) => y0 + plotHeight - (n / top) * plotHeight;
  const parts: string[] = [key.svg];
  for (const n of [0, top / 2, top].filter((v) => Number.isInteger(v))) {
    const y = Math.round(yAt(n) * 10) / 10;
    parts.push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="0.5"></line>`,
      label(left - 4, y + 4, String(n), 'end'),
    );
  }
  columns.forEach((column, i) => {
    const x = Math.round((left + i * band + (band - barWidth) / 2) * 10) / 10;
    let base = 0;
    column.counts.forEach((count, s) => {
      if (count <= 0) return;
      const yTop = yAt(base + count);
      const h = yAt(base) - yTop;
      parts.push(
        `<rect x="${x}" y="${Math.round(yTop * 10) / 10}" width="${Math.round(barWidth * 10) / 10}" height="${Math.round(h * 10) / 10}" fill="${seriesColour(s)}" data-row="${i}" data-series="${s}" data-value="${count}"></rect>`,
      );
      base += count;
    });
  });
  // As many column labels as fit side by side, evenly spaced.
  const longest = Math.max(1, ...columns.map((c) => textUnits(c.label)));
  const every = Math.max(1, Math.ceil(columns.length / Math.max(1, Math.floor(plotWidth / (longest * CHAR + 8)))));
  columns.forEach((column, i) => {
    if (i % every !== 0) return;
    parts.push(label(Math.round(left + i * band + band / 2), y0 + plotHeight + 14, column.label, 'middle'));
  });
  return frame(block, WIDE, y0 + plotHeight + 22, parts.join(''));
}

export interface TimelineMark {
  line: string;
  /** yyyy-mm-dd: one dated step, drawn as a dot; yyyy-mm: a month's count, drawn as a bar. */
  date: string;
  count: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** What a timeline draws: one mark per row with a date, on the line named in column 0. */
export function chartTimeline(block: TableBlock): { lines: string[]; marks: TimelineMark[] } {
  const chart = block.chart;
  if (chart?.kind !== 'timeline') return { lines: [], marks: [] };
  const marks = block.rows.flatMap((row): TimelineMark[] => {
    const date = row[chart.dateColumn] ?? '';
    if (DAY.test(date)) return [{ line: row[0] ?? '', date, count: 1 }];
    if (MONTH.test(date)) return [{ line: row[0] ?? '', date, count: cellNumber(row[chart.countColumn]) }];
    return [];
  });
  return { lines: [...new Set(marks.map((m) => m.line))], marks };
}

/** Days since 1970 of a yyyy-mm-dd day, or of the 15th of a yyyy-mm month. */
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, date.length === 7 ? 15 : Number(date.slice(8, 10))) /
  86_400_000;

/** Each line (a bill's steps, then engagements and hearings by month) on one dated axis. */
export function timelineChartSvg(block: TableBlock): string {
  const { lines, marks } = chartTimeline(block);
  // A month's bar spans its month: the axis covers the whole of every month drawn.
  const days = marks.flatMap((m) =>
    m.date.length === 7 ? [dayNumber(m.date) - 14, dayNumber(m.date) + 15] : [dayNumber(m.date)],
  );
  const first = Math.min(...days, Number.POSITIVE_INFINITY);
  const last = Math.max(...days, Number.NEGATIVE_INFINITY);
  // One day's span still gets an axis a month wide, so a single mark sits in the middle.
  const span = Math.max(30, last - first);
  const from = (first + last) / 2 - span / 2 - span * 0.03;
  const to = (first + last) / 2 + span / 2 + span * 0.03;
  const left = 110;
  // Room on the right for half of the last date label.
  const plotWidth = WIDE - left - 28;
  const xAt = (day: number) => left + ((day - from) / (to - from)) * plotWidth;
  const row = 24;
  const maxCount = Math.max(1, ...marks.filter((m) => m.date.length === 7).map((m) => m.count));
  const monthWidth = Math.max(1.5, (30 / (to - from)) * plotWidth * 0.8);
  const parts: string[] = [];
  lines.forEach((line, i) => {
    const base = 8 + i * row + row - 6;
    parts.push(
      label(left - 6, base - 2, fit(line, Math.floor((left - 10) / CHAR)), 'end'),
      `<line x1="${left}" x2="${left + plotWidth}" y1="${base}" y2="${base}" stroke="${RULE}" stroke-width="0.75"></line>`,
    );
  });
  for (const m of marks) {
    const i = lines.indexOf(m.line);
    const base = 8 + i * row + row - 6;
    const x = Math.round(xAt(dayNumber(m.date)) * 10) / 10;
    if (m.date.length === 10)
      parts.push(
        `<circle cx="${x}" cy="${base}" r="4" fill="${seriesColour(0)}" data-line="${i}" data-date="${m.date}"></circle>`,
      );
    else {
      const h = Math.max(1, Math.round((m.count / maxCount) * (row - 8) * 10) / 10);
      parts.push(
        `<rect x="${Math.round((x - monthWidth / 2) * 10) / 10}" y="${base - h}" width="${Math.round(monthWidth * 10) / 10}" height="${h}" fill="${seriesColour(1 + (i % 5))}" data-line="${i}" data-date="${m.date}" data-value="${m.count}"></rect>`,
      );
    }
  }
  // The axis: a tick at each year's start (or each month's, under eighteen months).
  const axisY = 8 + lines.length * row + 4;
  parts.push(
    `<line x1="${left}" x2="${left + plotWidth}" y1="${axisY}" y2="${axisY}" stroke="${INK}" stroke-width="0.75"></line>`,
  );
  const startYear = new Date(from * 86_400_000).getUTCFullYear();
  const endYear = new Date(to * 86_400_000).getUTCFullYear();
  const ticks: { day: number; text: string }[] = [];
  const byMonth = to - from < 550;
  for (let y = startYear; y <= endYear; y += 1)
    for (let m = 0; m < (byMonth ? 12 : 1); m += 1) {
      const day = Date.UTC(y, m, 1) / 86_400_000;
      if (day >= from && day <= to)
        ticks.push({ day, text: byMonth ? `${y}-${String(m + 1).padStart(2, '0')}` : String(y) });
    }
  const room = Math.max(1, Math.floor(plotWidth / ((byMonth ? 7 : 4) * CHAR + 12)));
  const every = Math.max(1, Math.ceil(ticks.length / room));
  ticks.forEach((t, i) => {
    if (i % every !== 0) return;
    const x = Math.round(xAt(t.day) * 10) / 10;
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${axisY}" y2="${axisY + 4}" stroke="${INK}" stroke-width="0.75"></line>`,
      label(x, axisY + 16, t.text, 'middle'),
    );
  });
  return frame(block, WIDE, axisY + 22, parts.join(''));
}

/** The picture of a table that has a chart, whatever its kind. */
export function chartSvg(block: TableBlock): string {
  switch (block.chart?.kind) {
    case 'stacked':
      return stackedChartSvg(block);
    case 'timeline':
      return timelineChartSvg(block);
    default:
      return barChartSvg(block);
  }
}
