import { z } from 'zod';
import { escapeHtml } from './html-escape';
import { chartSvg } from './table-chart-svg';

/**
 * A table in an export: a caption, a header row and rows of plain text cells (numbers already
 * written out), every cell already through the release gate like any other line. A table may
 * also be drawn as a chart (`chart`): the PDF prints it as SVG and the DOCX as a picture of the
 * same SVG, each above the same table with a one-sentence summary, so the numbers are never only
 * a picture.
 */
export interface TableBlock {
  type: 'table';
  caption: string;
  header: string[];
  rows: string[][];
  chart?: TableChart;
}

/**
 * How a table is drawn (shared/export/table-chart-svg.ts), always from its own cells, each with one
 * sentence saying what it shows ("Most engagements were meetings (12 of 20)."):
 * - `bars`: a bar per row, its label from column 0, its length from `valueColumn` (a whole number);
 * - `stacked`: a column per row (a month), stacked from the `seriesColumns` counts, each series
 *   named by its header cell;
 * - `timeline`: every row placed on one dated axis, on the line named in column 0: a day
 *   (yyyy-mm-dd in `dateColumn`) as a dot, a month (yyyy-mm) as a bar as tall as `countColumn`.
 */
export type TableChart =
  | { kind: 'bars'; valueColumn: number; summary: string }
  | { kind: 'stacked'; seriesColumns: number[]; summary: string }
  | { kind: 'timeline'; dateColumn: number; countColumn: number; summary: string };

const cell = z.string().max(2_000);
const column = z.number().int().min(1).max(49);
const summary = z.string().max(2_000);
export const tableBlockSchema = z
  .object({
    type: z.literal('table'),
    caption: cell,
    header: z.array(cell).min(1).max(50),
    rows: z.array(z.array(cell).max(50)).max(10_000),
    chart: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('bars'), valueColumn: column, summary }).strict(),
        z.object({ kind: z.literal('stacked'), seriesColumns: z.array(column).min(1).max(49), summary }).strict(),
        z.object({ kind: z.literal('timeline'), dateColumn: column, countColumn: column, summary }).strict(),
      ])
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
  return `<figure class="chart-figure">${chartSvg(block)}<figcaption>${escapeHtml(block.chart.summary)}</figcaption>${table}</figure>`;
}

/** How tables and their charts print: ruled cells, numbers right-aligned; a chart carries its own colours. */
export const TABLE_CSS = `
table { border-collapse: collapse; margin: 0 0 12pt; font-size: 11pt; break-inside: avoid; }
caption { text-align: start; font-weight: bold; margin-bottom: 4pt; }
th, td { border: 0.75pt solid #000; padding: 2pt 6pt; text-align: start; }
thead th { background: #e6e6e6; }
td { text-align: end; }
figure.chart-figure { margin: 0 0 12pt; break-inside: avoid; }
figure.chart-figure figcaption { font-style: italic; margin: 4pt 0 6pt; }
svg.chart { display: block; max-width: 100%; height: auto; }
`.trim();
