// A table of the dashboard: the same rows the downloads hold, formatted for the reader. A withheld
// figure reads "< 5" and points to the explanation under the region's tables.
import { useI18n } from '../../i18n';
import type { Cell, Table } from './tables';

export type ColumnKind = 'text' | 'month' | 'count' | 'roubles';

/** Figures align right, so their digits line up; names and months read from the left. */
function alignment(kind: ColumnKind): string | undefined {
  return kind === 'count' || kind === 'roubles' ? 'numeric' : undefined;
}

interface FigureTableProps {
  caption: string;
  table: Table;
  kinds: ColumnKind[];
}

export function FigureTable({ caption, table, kinds }: FigureTableProps) {
  const { t } = useI18n();
  if (table.rows.length === 0) return <p className="muted">{t('authority.noRows', { table: caption })}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="authority-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.header.map((heading, index) => (
              <th key={heading} scope="col" className={alignment(kinds[index])}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    <FormattedCell cell={cell} kind={kinds[index]} />
                  </th>
                ) : (
                  <td key={index} className={alignment(kinds[index])}>
                    <FormattedCell cell={cell} kind={kinds[index]} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FormattedCell({ cell, kind }: { cell: Cell; kind: ColumnKind }) {
  const { number, money, month } = useI18n();
  if (typeof cell !== 'number') {
    if (kind === 'month' && cell) return <>{month(cell)}</>;
    return <>{cell}</>;
  }
  if (kind === 'roubles') return <>{money(Math.round(cell * 100))}</>;
  return <>{number(cell)}</>;
}
