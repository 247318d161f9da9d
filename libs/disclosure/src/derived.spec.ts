import { ratioCell } from './derived.js';
import { protectTables } from './protect.js';

const { cells } = protectTables(
  {
    cells: {
      region: { kind: 'people', value: 12, contributors: 12, cellKey: 0.5 },
      small: { kind: 'people', value: 2, contributors: 2, cellKey: 0.5 },
      large: { kind: 'people', value: 10, contributors: 10, cellKey: 0.5 },
      spend: { kind: 'money', value: 120_000, contributors: 12, cellKey: 0.5, largestContribution: 20_000 },
      none: { kind: 'people', value: 0, contributors: 0, cellKey: 0 },
    },
    relations: [{ kind: 'sum', total: 'region', parts: ['small', 'large'] }],
  },
  { k: 5, mode: 'exact' },
);

describe('ratioCell', () => {
  it('divides published values and scales them', () => {
    expect(ratioCell(cells.spend, cells.region)).toEqual({ value: 10_000, withheld: false });
    expect(ratioCell(cells.region, 3_000, 1_000)).toEqual({ value: 4, withheld: false });
  });

  it('withholds a per-capita figure of a withheld count, so population × indicator gives nothing back', () => {
    expect(cells.small.withheld).toBe(true);
    expect(ratioCell(cells.small, 3_000, 10_000)).toEqual({ value: null, withheld: true });
    expect(ratioCell(cells.spend, cells.small)).toEqual({ value: null, withheld: true });
  });

  it('gives 0 over a structural zero', () => {
    expect(ratioCell(cells.spend, cells.none)).toEqual({ value: 0, withheld: false });
  });
});
