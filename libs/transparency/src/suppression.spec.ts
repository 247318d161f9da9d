import { suppressedCells } from './suppression.js';

describe('suppression', () => {
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
