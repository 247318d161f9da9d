import { isBelowThreshold } from '@careledger/disclosure';

/**
 * Superseded by `protectTables` in @careledger/disclosure, which knows each cell's contributors and
 * audits the whole set of linked tables; this one-group greedy rule stays only until the report
 * figures are moved onto it (issue 14), and then goes.
 */
export interface Cell {
  key: string;
  /** distinct people the figure is derived from */
  people: number;
}

/**
 * Keys of the cells to withhold in one group of siblings that add up to a published total: the cells
 * about 1..k-1 people, and when exactly one is withheld, the next smallest non-zero one as well.
 */
export function suppressedCells(cells: Cell[], k: number): Set<string> {
  const withheld = new Set(cells.filter((cell) => isBelowThreshold(cell.people, k)).map((cell) => cell.key));
  if (withheld.size === 1) {
    const partner = cells
      .filter((cell) => !withheld.has(cell.key) && cell.people > 0)
      .sort((a, b) => a.people - b.people || (a.key < b.key ? -1 : 1))[0];
    if (partner) withheld.add(partner.key);
  }
  return withheld;
}
