/** One chart's numbers as a table: the same rows the chart draws, for reading and for screen readers. */
export interface TableData {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export function DataTable({
  caption,
  data,
  format,
}: {
  caption: string;
  data: TableData;
  format: (n: number) => string;
}) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {data.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={c}>{typeof cell === 'number' ? format(cell) : cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
