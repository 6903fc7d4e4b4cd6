import type { TableBlock } from '../../../../../shared/export/table-block';
import { chartBars, chartStacks, chartTimeline } from '../../../../../shared/export/table-chart-svg';
import { BarsChart } from './BarsChart';
import { ChartFigure, type ChartHeadingLevel } from './ChartFigure';
import { StackedMonthsChart } from './StackedMonthsChart';
import { TimelineChart, type TimelineRow } from './TimelineChart';

/**
 * A chart of the campaign report as the report preview shows it: the report's own table (already
 * through the release gate in main) drawn with the dashboard's chart components, from the very
 * numbers the file's picture is drawn from (shared/export/table-chart-svg.ts), with its caption as
 * the title, its summary sentence, and the table behind "show the numbers".
 */
export function ReportChart({
  table,
  level,
  language,
}: {
  table: TableBlock;
  /** One below the report heading the chart sits under (ExportDocumentView works it out). */
  level: ChartHeadingLevel;
  language: string;
}) {
  const chart = table.chart;
  if (!chart) return null;
  return (
    <ChartFigure
      title={table.caption}
      level={level}
      summary={chart.summary}
      table={{ columns: table.header, rows: table.rows }}
    >
      {chart.kind === 'bars' && <BarsChart bars={chartBars(table)} colourEach={table.rows.length <= 6} />}
      {chart.kind === 'stacked' && (
        <StackedMonthsChart months={chartStacks(table).columns} series={chartStacks(table).series} />
      )}
      {chart.kind === 'timeline' && <ReportTimeline table={table} language={language} />}
    </ChartFigure>
  );
}

function ReportTimeline({ table, language }: { table: TableBlock; language: string }) {
  const { lines, marks } = chartTimeline(table);
  // A bill's line holds dated steps; the lines after them count engagements, then hearings, per month.
  let counted = 0;
  const rows: TimelineRow[] = lines.map((line) => {
    const own = marks.filter((m) => m.line === line);
    const perMonth = own.some((m) => m.date.length === 7);
    const kind = !perMonth ? 'bill' : counted++ === 0 ? 'engagement' : 'hearing';
    // A month's count is that many marks in the middle of the month, as the file's bar stands for them.
    const dates = own.flatMap((m) => (m.date.length === 7 ? Array<string>(m.count).fill(`${m.date}-15`) : [m.date]));
    return { label: line, kind, dates };
  });
  const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return <TimelineChart rows={rows} formatDate={(d) => month.format(d)} />;
}
