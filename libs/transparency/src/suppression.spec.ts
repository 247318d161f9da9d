import { isBelowThreshold, shownOrNull, suppressedCells } from './suppression.js';

describe('suppression', () => {
  it('withholds counts from 1 to k-1 and shows zero and k', () => {
    expect([0, 1, 4, 5, 6].map((people) => isBelowThreshold(people, 5))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(shownOrNull(1200, 4, 5)).toBeNull();
    expect(shownOrNull(1200, 5, 5)).toBe(1200);
  });

  it('withholds a second cell when only one would be hidden, so it cannot be recovered from the total', () => {
    const cells = [
      { key: 'medication', people: 12 },
      { key: 'hygiene', people: 3 },
      { key: 'nutrition', people: 7 },
      { key: 'transport', people: 0 },
    ];
    expect([...suppressedCells(cells, 5)].sort()).toEqual(['hygiene', 'nutrition']);
  });

  it('needs no partner when two or more cells are already hidden', () => {
    const cells = [
      { key: 'a', people: 2 },
      { key: 'b', people: 1 },
      { key: 'c', people: 40 },
    ];
    expect([...suppressedCells(cells, 5)].sort()).toEqual(['a', 'b']);
  });

  it('hides nothing when every cell reaches k', () => {
    expect(
      suppressedCells(
        [
          { key: 'a', people: 5 },
          { key: 'b', people: 9 },
        ],
        5,
      ).size,
    ).toBe(0);
  });
});
