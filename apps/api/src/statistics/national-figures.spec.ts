import { nationalFigures, RegionFigures } from './national-figures.js';

function region(figures: Partial<RegionFigures>): RegionFigures {
  return {
    population: 1000,
    organisations: 1,
    beneficiariesServed: null,
    careEvents: null,
    spendKopecks: null,
    perMonth: [],
    ...figures,
  };
}

describe('national figures', () => {
  it('sums the published region totals, leaving withheld ones out and counting them', () => {
    const figures = nationalFigures(2026, [
      region({ beneficiariesServed: 120, careEvents: 300, spendKopecks: 50_000, organisations: 3 }),
      region({ beneficiariesServed: null, careEvents: 40, spendKopecks: null, population: null }),
      region({ beneficiariesServed: 7, careEvents: 9, spendKopecks: 1_000, population: 2000 }),
    ]);
    expect(figures).toEqual({
      year: 2026,
      regions: 3,
      population: 3000,
      organisations: 5,
      beneficiariesServed: 127,
      careEvents: 349,
      spendKopecks: 51_000,
      withheldRegions: { beneficiariesServed: 1, careEvents: 0, spendKopecks: 1 },
      perMonth: [],
    });
  });

  it('sums each month over the regions that publish it, months in order', () => {
    const month = (name: string, served: number | null, spend: number | null) => ({
      month: name,
      beneficiariesServed: served,
      careEvents: served,
      spendKopecks: spend,
    });
    const figures = nationalFigures(2026, [
      region({ perMonth: [month('2026-03', 10, 100), month('2026-01', 5, null)] }),
      region({ perMonth: [month('2026-01', null, 40)] }),
    ]);
    expect(figures.perMonth).toEqual([
      { month: '2026-01', beneficiariesServed: 5, careEvents: 5, spendKopecks: 40 },
      { month: '2026-03', beneficiariesServed: 10, careEvents: 10, spendKopecks: 100 },
    ]);
  });
});
