// The public pages' figure table: a column of row headers (a month, a category...) and columns of
// figures aligned right, so their digits line up. Each column says how to draw its cell.
import type { ReactNode } from 'react';

export interface DataColumn<Row> {
  label: string;
  /** figures align right; the first column is the row's header either way */
  numeric?: boolean;
  cell: (row: Row, index: number) => ReactNode;
}

interface DataTableProps<Row> {
  rows: Row[];
  rowKey: (row: Row) => string;
  columns: DataColumn<Row>[];
  caption?: string;
}

export function DataTable<Row>({ rows, rowKey, columns, caption }: DataTableProps<Row>) {
  const alignment = (column: DataColumn<Row>) => (column.numeric ? 'num' : undefined);
  return (
    <table className="data-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={alignment(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row)}>
            {columns.map((column, columnIndex) =>
              columnIndex === 0 ? (
                <th key={column.label} scope="row">
                  {column.cell(row, index)}
                </th>
              ) : (
                <td key={column.label} className={alignment(column)}>
                  {column.cell(row, index)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
