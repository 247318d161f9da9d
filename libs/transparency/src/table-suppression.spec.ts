import fc from 'fast-check';

import { suppressTable } from './table-suppression.js';

const T = true;
const F = false;

describe('suppressTable', () => {
  it('pairs two small cells in one column with partners that close a rectangle', () => {
    // k = 5: 3 and 4 are withheld (primary). Row 0 then has one hidden cell: its smallest shown
    // non-zero cell is 7. Row 1 likewise takes 9. Column 1 (3, 4) and column 2 (7, 9) now each hide two.
    const result = suppressTable(
      [
        [12, 3, 7],
        [20, 4, 9],
        [8, 11, 30],
      ],
      5,
    );
    expect(result).toEqual({
      cells: [
        [F, T, T],
        [F, T, T],
        [F, F, F],
      ],
      rowTotals: [F, F, F],
      columnTotals: [F, F, F],
      grandTotal: false,
    });
  });

  it('follows one small cell through rows and columns until every line hides none or two', () => {
    // k = 5, only 3 is below k.
    // pass 1, rows:    row 0 hides 3 → partner 7 (smaller than 12)
    // pass 1, columns: column 1 hides 3 → partner 11 (smaller than 15)
    //                  column 2 hides 7 → partner 9 (smaller than 30)
    // pass 2, rows:    row 1 hides 9 → partner 15 (smaller than 20); row 2 hides 11 → partner 8
    // pass 2, columns: column 0 hides 8 → partner 12 (smaller than 20)
    // pass 3: every row and column hides two or more; done.
    const result = suppressTable(
      [
        [12, 3, 7],
        [20, 15, 9],
        [8, 11, 30],
      ],
      5,
    );
    expect(result.cells).toEqual([
      [T, T, T],
      [F, T, T],
      [T, T, F],
    ]);
    expect(result.rowTotals).toEqual([F, F, F]);
    expect(result.columnTotals).toEqual([F, F, F]);
  });

  it('withholds a row total when the only other cells of the row are zero, and partners it', () => {
    // k = 5. Row 0 hides 3 and has no non-zero partner: its total (3) would reveal it, so the row
    // total is withheld. The row totals add up to the grand total (known from the column totals),
    // so row 1's total (24) is withheld too. Column 0 hides 3 → partner 6.
    const result = suppressTable(
      [
        [3, 0, 0],
        [6, 10, 8],
      ],
      5,
    );
    expect(result).toEqual({
      cells: [
        [T, F, F],
        [T, F, F],
      ],
      rowTotals: [T, T],
      columnTotals: [F, F, F],
      grandTotal: false,
    });
  });

  it('withholds the grand total when the table has a single non-zero cell below k', () => {
    expect(
      suppressTable(
        [
          [0, 0],
          [0, 2],
        ],
        5,
      ),
    ).toEqual({
      cells: [
        [F, F],
        [F, T],
      ],
      rowTotals: [F, T],
      columnTotals: [F, T],
      grandTotal: true,
    });
  });

  it('never withholds zeros and hides nothing when every cell is zero or reaches k', () => {
    expect(
      suppressTable(
        [
          [0, 5],
          [9, 0],
        ],
        5,
      ),
    ).toEqual({
      cells: [
        [F, F],
        [F, F],
      ],
      rowTotals: [F, F],
      columnTotals: [F, F],
      grandTotal: false,
    });
  });

  it('rejects a ragged table', () => {
    expect(() => suppressTable([[1, 2], [3]], 5)).toThrow(/rectangular/);
  });

  it('leaves no shown cell below k and no line, or margin, with exactly one hidden figure', () => {
    const tables = fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(tables, fc.integer({ min: 3, max: 7 }), (people, k) => {
        const { cells, rowTotals, columnTotals, grandTotal } = suppressTable(people, k);
        const columns = people[0].length;
        people.forEach((row, r) =>
          row.forEach((count, c) => {
            if (count > 0 && count < k) expect(cells[r][c]).toBe(true);
            if (count === 0) expect(cells[r][c]).toBe(false);
          }),
        );
        cells.forEach((row, r) => {
          if (!rowTotals[r]) expect(row.filter(Boolean).length).not.toBe(1);
        });
        for (let c = 0; c < columns; c++) {
          if (!columnTotals[c]) expect(cells.filter((row) => row[c]).length).not.toBe(1);
        }
        if (!grandTotal) {
          expect(rowTotals.filter(Boolean).length).not.toBe(1);
          expect(columnTotals.filter(Boolean).length).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
