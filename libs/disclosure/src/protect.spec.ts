import { RawCell } from './cell.js';
import { LinkedTables } from './linked-tables.js';
import { disclosureMethodology } from './methodology.js';
import { protectTables } from './protect.js';

const people = (value: number, cellKey = 0.7): RawCell => ({
  kind: 'people',
  value,
  contributors: value,
  cellKey,
});

const region: LinkedTables = {
  cells: { region: people(40), orgA: people(3), orgB: people(17), orgC: people(20), orgD: people(0) },
  relations: [{ kind: 'sum', total: 'region', parts: ['orgA', 'orgB', 'orgC', 'orgD'] }],
};

describe('protectTables', () => {
  it('withholds, then perturbs what it publishes, in statistics mode', () => {
    const result = protectTables(region, { k: 5, mode: 'statistics' });
    expect(result.withheld).toEqual(['orgA', 'orgB']);
    expect(result.cells.orgA).toEqual({ value: null, withheld: true });
    expect(result.cells.orgD).toEqual({ value: 0, withheld: false });
    // key 0.7 on a count of 20 or more draws +1 from the row -2..+2
    expect(result.cells.region).toEqual({ value: 41, withheld: false });
    expect(result.cells.orgC).toEqual({ value: 21, withheld: false });
  });

  it('withholds the same cells but publishes exact values in exact mode (own reports)', () => {
    const result = protectTables(region, { k: 5, mode: 'exact' });
    expect(result.withheld).toEqual(['orgA', 'orgB']);
    expect(result.cells.region).toEqual({ value: 40, withheld: false });
    expect(result.cells.orgC).toEqual({ value: 20, withheld: false });
  });

  it('refuses a k below 3 and tables whose relations do not hold', () => {
    expect(() => protectTables(region, { k: 2, mode: 'exact' })).toThrow(/at least 3/);
    const broken: LinkedTables = { ...region, cells: { ...region.cells, region: people(41) } };
    expect(() => protectTables(broken, { k: 5, mode: 'exact' })).toThrow(/do not satisfy the sum/);
    const mixed: LinkedTables = {
      cells: { a: people(5), b: { kind: 'money', value: 5, contributors: 5, cellKey: 0 } },
      relations: [{ kind: 'sum', total: 'a', parts: ['b'] }],
    };
    expect(() => protectTables(mixed, { k: 5, mode: 'exact' })).toThrow(/one kind/);
  });

  it('serialises a cell as value and withheld only', () => {
    const result = protectTables(region, { k: 5, mode: 'exact' });
    expect(JSON.parse(JSON.stringify(result.cells.orgC))).toEqual({ value: 20, withheld: false });
  });

  it('describes its threshold, suppression method and perturbation for the methodology', () => {
    const methodology = disclosureMethodology(5);
    expect(methodology.threshold.k).toBe(5);
    expect(methodology.complementarySuppression.method).toMatch(/linear-programming audit/);
    expect(methodology.perturbation.counts.maxAbsoluteNoise).toBe(2);
  });
});
