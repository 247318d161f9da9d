/**
 * Statistical disclosure control for public and authority figures. A cell counts the people behind a
 * figure; a count from 1 to k-1 is withheld (primary suppression), and when exactly one cell of a
 * group whose total is published is withheld, the next smallest is withheld too, so the hidden cell
 * cannot be recovered by subtraction (complementary suppression). Zero hides nobody and is shown.
 */
export interface Cell {
  key: string;
  /** distinct people the figure is derived from */
  people: number;
}

export function isBelowThreshold(people: number, k: number): boolean {
  return people > 0 && people < k;
}

/** Keys of the cells to withhold in one group of siblings that add up to a published total. */
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

/** The value, or null when the people behind it are too few to show it. */
export function shownOrNull<T>(value: T, people: number, k: number): T | null {
  return isBelowThreshold(people, k) ? null : value;
}
