import { z } from 'zod';
import { escapeHtml } from './html-escape';

/**
 * A table in an export: a caption, a header row and rows of plain text cells (numbers already
 * written out), every cell already through the release gate like any other line. A table may
 * also be drawn as a bar chart (`chart`): the PDF prints the bars as SVG above the same table,
 * with a one-sentence summary, so the numbers are never only a picture; a DOCX prints the summary
 * and the table.
 */
export interface TableBlock {
  type: 'table';
  caption: string;
  header: string[];
  rows: string[][];
  chart?: TableChart;
}

/** Bars for each row: its label from column 0, its length from `valueColumn` (a whole number). */
export interface TableChart {
  kind: 'bars';
  valueColumn: number;
  /** One sentence saying what the chart shows ("Most engagements were meetings (12 of 20)."). */
  summary: string;
}

const cell = z.string().max(2_000);
export const tableBlockSchema = z
  .object({
    type: z.literal('table'),
    caption: cell,
    header: z.array(cell).min(1).max(50),
    rows: z.array(z.array(cell).max(50)).max(10_000),
    chart: z
      .object({ kind: z.literal('bars'), valueColumn: z.number().int().min(1).max(49), summary: z.string().max(2_000) })
      .strict()
      .optional(),
  })
  .strict();

/** The same table with every text passed through `line` (typography, the release gate). */
export function typesetTable(block: TableBlock, line: (text: string) => string): TableBlock {
  return {
    ...block,
    caption: line(block.caption),
    header: block.header.map(line),
    rows: block.rows.map((row) => row.map(line)),
    ...(block.chart ? { chart: { ...block.chart, summary: line(block.chart.summary) } } : {}),
  };
}

/** Every text a table holds, in reading order (for script detection and leak checks). */
export function tableTexts(block: TableBlock): string[] {
  return [block.caption, ...(block.chart ? [block.chart.summary] : []), ...block.header, ...block.rows.flat()];
}

/** The rows a chart draws: each label with its value (a cell that is not a number counts as 0). */
export function chartBars(block: TableBlock): { label: string; value: number }[] {
  const column = block.chart?.valueColumn ?? 1;
  return block.rows.map((row) => {
    const value = Number((row[column] ?? '').replace(/[^\d.-]/g, ''));
    return { label: row[0] ?? '', value: Number.isFinite(value) ? value : 0 };
  });
}

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 460;

/**
 * Horizontal bars as a self-contained SVG (no script, no link, no font or image fetched): the
 * picture of a table for the PDF. Labels are escaped text; the figure is named by its summary.
 */
export function barChartSvg(block: TableBlock): string {
  const bars = chartBars(block);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = CHART_WIDTH - LABEL_WIDTH - 40;
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const marks = bars
    .map((b, i) => {
      const y = GAP + i * (BAR_HEIGHT + GAP);
      const width = Math.round((b.value / max) * plot);
      const label = escapeHtml(b.label);
      return [
        `<text x="${LABEL_WIDTH - 6}" y="${y + BAR_HEIGHT - 5}" text-anchor="end">${label}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" class="bar"></rect>`,
        `<text x="${LABEL_WIDTH + width + 4}" y="${y + BAR_HEIGHT - 5}">${b.value}</text>`,
      ].join('');
    })
    .join('');
  const summary = escapeHtml(block.chart?.summary ?? block.caption);
  return `<svg class="chart" role="img" aria-label="${summary}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${marks}</svg>`;
}

/** The table (and its chart, when it has one) as print HTML; every text escaped. */
export function tableHtml(block: TableBlock): string {
  const head = `<thead><tr>${block.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${block.rows
    .map(
      (row) =>
        `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody>`;
  const table = `<table><caption>${escapeHtml(block.caption)}</caption>${head}${body}</table>`;
  if (!block.chart) return table;
  return `<figure class="chart-figure">${barChartSvg(block)}<figcaption>${escapeHtml(block.chart.summary)}</figcaption>${table}</figure>`;
}

/** How tables and their charts print: ruled cells, numbers right-aligned, bars in black and grey. */
export const TABLE_CSS = `
table { border-collapse: collapse; margin: 0 0 12pt; font-size: 11pt; break-inside: avoid; }
caption { text-align: start; font-weight: bold; margin-bottom: 4pt; }
th, td { border: 0.75pt solid #000; padding: 2pt 6pt; text-align: start; }
thead th { background: #e6e6e6; }
td { text-align: end; }
figure.chart-figure { margin: 0 0 12pt; break-inside: avoid; }
figure.chart-figure figcaption { font-style: italic; margin: 4pt 0 6pt; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 11px; }
svg.chart .bar { fill: #555; }
`.trim();
