import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/use-formatters';
import { DataTable, type TableData } from './DataTable';
import './charts.css';

export interface ChartFigureProps {
  title: string;
  /** One sentence saying what the picture shows; also the picture's name for screen readers. */
  summary: string;
  table: TableData;
  /** The drawing (an svg); left out when there is nothing to draw, and the summary says so. */
  children?: ReactNode;
}

/**
 * A chart as a figure: title, one-sentence summary, the picture, and its numbers in a table that
 * opens below it. The picture is an image named by the summary; the table carries the detail.
 */
export function ChartFigure({ title, summary, table, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const id = useId();
  // The table is built when first opened: with years of data it is most of the page's elements.
  const [opened, setOpened] = useState(false);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`} className="chart__title">
        {title}
      </h3>
      <p id={`${id}-summary`} className="chart__summary">
        {summary}
      </p>
      {children && (
        <div className="chart__plot" role="img" aria-label={summary}>
          {children}
        </div>
      )}
      {table.rows.length > 0 && (
        <details className="chart__details" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
          <summary>{t('campaigns.chart.showTable')}</summary>
          {opened && (
            <div className="chart-table-scroll">
              <DataTable caption={title} data={table} format={fmt.number} />
            </div>
          )}
        </details>
      )}
    </figure>
  );
}
