import { isBelowThreshold } from './suppression.js';

/**
 * What to withhold from a two-way table of people counts whose row totals and column totals are
 * published (for example beneficiaries by region × care category).
 *
 * - Primary: every cell counting 1..k-1 people is withheld. Zero hides nobody: it is never withheld and
 *   never used as a partner.
 * - Complementary, repeated until nothing changes, in this order on each pass (rows, columns, margins):
 *   - a row (column) whose total is shown and that has exactly one withheld cell gets a partner: its
 *     smallest non-zero shown cell (lowest index on a tie). When it has none, every other cell of the
 *     row is zero, so its total equals the hidden cell: the row (column) total is withheld instead.
 *   - the row totals add up to the grand total, which the shown column totals reveal anyway; so when
 *     exactly one row total is withheld, the smallest non-zero shown row total is withheld as its
 *     partner (the same for column totals). When there is none, the table has a single non-zero row and
 *     `grandTotal` is set: the grand total must not be published either.
 *
 * This is a greedy heuristic, not an optimal pattern: it guarantees that no withheld figure is the only
 * unknown in a published sum, but not that it cannot be narrowed to an interval by combining several
 * rows and columns. Publishing a table of this kind to outside readers deserves an audit (τ-ARGUS).
 */
export interface TableSuppression {
  /** cells[r][c] is true when the cell must be withheld */
  cells: boolean[][];
  /** rowTotals[r] is true when the total of row r must be withheld */
  rowTotals: boolean[];
  /** columnTotals[c] is true when the total of column c must be withheld */
  columnTotals: boolean[];
  /** true when the grand total must be withheld (only a table with one non-zero row or column) */
  grandTotal: boolean;
}

export function suppressTable(people: number[][], k: number): TableSuppression {
  const rows = people.length;
  const columns = rows === 0 ? 0 : people[0].length;
  if (people.some((row) => row.length !== columns)) {
    throw new Error('suppressTable needs a rectangular table: every row must have the same number of cells');
  }
  const cells = people.map((row) => row.map((count) => isBelowThreshold(count, k)));
  const rowTotals = new Array<boolean>(rows).fill(false);
  const columnTotals = new Array<boolean>(columns).fill(false);
  let grandTotal = false;

  /** Protects one line of cells (a row or a column); returns true when it changed something. */
  const protectLine = (positions: Array<[number, number]>, withholdTotal: () => void): boolean => {
    const hidden = positions.filter(([r, c]) => cells[r][c]);
    if (hidden.length !== 1) return false;
    const partner = smallestShown(
      positions,
      ([r, c]) => people[r][c],
      ([r, c]) => cells[r][c],
    );
    if (partner) cells[partner[0]][partner[1]] = true;
    else withholdTotal();
    return true;
  };

  /** Protects the row totals or the column totals against the grand total. */
  const protectMargin = (totals: number[], withheld: boolean[]): boolean => {
    if (grandTotal || withheld.filter(Boolean).length !== 1) return false;
    const indices = totals.map((_, index) => index);
    const partner = smallestShown(
      indices,
      (index) => totals[index],
      (index) => withheld[index],
    );
    if (partner === undefined) grandTotal = true;
    else withheld[partner] = true;
    return true;
  };

  const rowSums = people.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnSums = Array.from({ length: columns }, (_, c) => people.reduce((sum, row) => sum + row[c], 0));

  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      if (rowTotals[r]) continue;
      const line = Array.from({ length: columns }, (_, c): [number, number] => [r, c]);
      changed = protectLine(line, () => (rowTotals[r] = true)) || changed;
    }
    for (let c = 0; c < columns; c++) {
      if (columnTotals[c]) continue;
      const line = Array.from({ length: rows }, (_, r): [number, number] => [r, c]);
      changed = protectLine(line, () => (columnTotals[c] = true)) || changed;
    }
    changed = protectMargin(rowSums, rowTotals) || changed;
    changed = protectMargin(columnSums, columnTotals) || changed;
  }
  return { cells, rowTotals, columnTotals, grandTotal };
}

/** The shown item with the smallest non-zero count, the first one on a tie. */
function smallestShown<T>(
  items: T[],
  count: (item: T) => number,
  isWithheld: (item: T) => boolean,
): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (isWithheld(item) || count(item) <= 0) continue;
    if (best === undefined || count(item) < count(best)) best = item;
  }
  return best;
}
