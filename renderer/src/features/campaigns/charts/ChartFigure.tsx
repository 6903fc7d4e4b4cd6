import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/use-formatters';
import { DataTable, type TableData } from './DataTable';
import './charts.css';

/** The heading levels a chart's title can take: one below whatever heading the chart sits under. */
export type ChartHeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ChartFigureProps {
  title: string;
  /**
   * The title's heading level. The dashboard's charts sit right under the page's h1 (2, the
   * default); the report preview's sit under the report's own section headings, one below them.
   */
  level?: ChartHeadingLevel;
  /** One sentence saying what the picture shows; also the picture's name for screen readers. */
  summary: string;
  table: TableData;
  /**
   * A second table behind its own disclosure: the detail a grouped picture sums up (every hearing
   * under testimonies per quarter), so grouping the picture never hides a row.
   */
  more?: { label: string; caption: string; table: TableData };
  /** The drawing (an svg); left out when there is nothing to draw, and the summary says so. */
  children?: ReactNode;
}

/**
 * A chart as a figure: title, one-sentence summary, the picture, and its numbers in a table that
 * opens below it. The picture is an image named by the summary; the table carries the detail.
 */
export function ChartFigure({ title, level = 2, summary, table, more, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <Heading id={`${id}-title`} className="chart__title">
        {title}
      </Heading>
      <p id={`${id}-summary`} className="chart__summary">
        {summary}
      </p>
      {children && (
        <div className="chart__plot" role="img" aria-label={summary}>
          {children}
        </div>
      )}
      {table.rows.length > 0 && <TableDisclosure label={t('campaigns.chart.showTable')} caption={title} data={table} />}
      {more && more.table.rows.length > 0 && (
        <TableDisclosure label={more.label} caption={more.caption} data={more.table} />
      )}
    </figure>
  );
}

/** A table behind "show", built when first opened: with years of data it is most of the page's elements. */
function TableDisclosure({ label, caption, data }: { label: string; caption: string; data: TableData }) {
  const fmt = useFormatters();
  const [opened, setOpened] = useState(false);
  return (
    <details className="chart__details" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
      <summary>{label}</summary>
      {opened && (
        <div className="chart-table-scroll">
          <DataTable caption={caption} data={data} format={fmt.number} />
        </div>
      )}
    </details>
  );
}
