import type { TableBlock } from '../../../../shared/export/table-block';

/**
 * A table as the file will hold it: caption, header row, one row per entry. A table the PDF also
 * draws as a chart shows the chart's one-sentence summary, which both files print.
 */
export function PreviewTable({ table }: { table: TableBlock }) {
  return (
    <>
      {table.chart && <p className="preview-doc__chart-summary">{table.chart.summary}</p>}
      <table className="preview-doc__table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
