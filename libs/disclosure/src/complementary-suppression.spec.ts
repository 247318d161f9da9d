import { extremeSolutions, feasibleInterval } from './audit.js';
import { RawCell } from './cell.js';
import { chooseWithheldCells, unprotectedCells } from './complementary-suppression.js';
import { LinkedTables, Relation } from './linked-tables.js';

const people = (value: number): RawCell => ({ kind: 'people', value, contributors: value, cellKey: 0.5 });
const money = (value: number, contributors: number): RawCell => ({
  kind: 'money',
  value,
  contributors,
  cellKey: 0.5,
});

describe('joint complementary suppression', () => {
  it('withholds the smallest sibling that keeps a small cell from being the only unknown of a total', () => {
    const tables: LinkedTables = {
      cells: {
        total: people(22),
        medication: people(12),
        hygiene: people(3),
        nutrition: people(7),
        transport: people(0),
      },
      relations: [
        { kind: 'sum', total: 'total', parts: ['medication', 'hygiene', 'nutrition', 'transport'] },
      ],
    };
    const withheld = chooseWithheldCells(tables, 5);
    expect([...withheld].sort()).toEqual(['hygiene', 'nutrition']);
    // hygiene + nutrition = 10 is all an attacker learns: hygiene lies in [1, 9]
    expect(feasibleInterval(tables, withheld, 'hygiene')).toEqual({ low: 1, high: 9 });
  });

  it('withholds a third cell when two small cells would pin each other to a few people', () => {
    // 2 + 1 = 3 is known once both are withheld: each is 1 or 2, too sharp. The next cheapest goes too.
    const tables: LinkedTables = {
      cells: { total: people(53), a: people(2), b: people(1), c: people(40), d: people(10) },
      relations: [{ kind: 'sum', total: 'total', parts: ['a', 'b', 'c', 'd'] }],
    };
    expect([...chooseWithheldCells(tables, 5)].sort()).toEqual(['a', 'b', 'd']);
  });

  it('withholds the total when the small cell is its only non-zero part', () => {
    const tables: LinkedTables = {
      cells: {
        region: people(30),
        orgA: people(3),
        orgB: people(27),
        'orgA.m1': people(3),
        'orgA.m2': people(0),
      },
      relations: [
        { kind: 'sum', total: 'region', parts: ['orgA', 'orgB'] },
        { kind: 'union', total: 'orgA', parts: ['orgA.m1', 'orgA.m2'] },
      ],
    };
    const withheld = chooseWithheldCells(tables, 5);
    expect([...withheld].sort()).toEqual(['orgA', 'orgA.m1', 'orgB']);
    expect(unprotectedCells(tables, withheld, 5)).toEqual([]);
  });

  it('protects a month recoverable from the year through the union bounds, not only by subtraction', () => {
    // Year 10 people; months 6, 3, 2 (a person may come in several months), k = 5. Both small months
    // are primary. Withheld together, 10 ≤ 6 + m2 + m3 and each ≤ 10: the month of 2 could hold
    // anything from 1 to 10 people, so nobody can tell it is below k.
    const tables: LinkedTables = {
      cells: { year: people(10), m1: people(6), m2: people(3), m3: people(2) },
      relations: [{ kind: 'union', total: 'year', parts: ['m1', 'm2', 'm3'] }],
    };
    const withheld = chooseWithheldCells(tables, 5);
    expect([...withheld].sort()).toEqual(['m2', 'm3']);
    expect(feasibleInterval(tables, withheld, 'm3')).toEqual({ low: 1, high: 10 });
  });

  it('solves linked tables jointly: a month and a category of one organisation share its total', () => {
    // Money of one organisation by month and by category (k = 5). The month of 1 person and the
    // category of 2 are primary; one secondary per table would leave a row of the implied month ×
    // category structure exposed only if the audit missed the shared total — it must not.
    const tables: LinkedTables = {
      cells: {
        year: money(1000, 20),
        m1: money(100, 1),
        m2: money(400, 9),
        m3: money(500, 12),
        c1: money(50, 2),
        c2: money(350, 8),
        c3: money(600, 15),
      },
      relations: [
        { kind: 'sum', total: 'year', parts: ['m1', 'm2', 'm3'] },
        { kind: 'sum', total: 'year', parts: ['c1', 'c2', 'c3'] },
      ],
    };
    const withheld = chooseWithheldCells(tables, 5);
    expect([...withheld].sort()).toEqual(['c1', 'c2', 'm1', 'm2']);
    for (const cell of ['m1', 'c1']) {
      const { lowest, highest } = extremeSolutions(tables, withheld, cell);
      expect(lowest!.get(cell)).toBeLessThanOrEqual(tables.cells[cell].value * 0.5);
      expect(highest!.get(cell)).toBeGreaterThanOrEqual(tables.cells[cell].value * 1.5);
    }
  });

  it('chooses the same cells whatever order the cells are listed in', () => {
    const cells: Record<string, RawCell> = {
      total: people(30),
      a: people(2),
      b: people(9),
      c: people(9),
      d: people(10),
    };
    const reversed = Object.fromEntries(Object.entries(cells).reverse());
    const relations: Relation[] = [{ kind: 'sum', total: 'total', parts: ['a', 'b', 'c', 'd'] }];
    expect([...chooseWithheldCells({ cells, relations }, 5)].sort()).toEqual(
      [...chooseWithheldCells({ cells: reversed, relations: [...relations].reverse() }, 5)].sort(),
    );
    expect([...chooseWithheldCells({ cells, relations }, 5)].sort()).toEqual(['a', 'b']);
  });
});
