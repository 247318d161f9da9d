import { computeLeague, type RegionInput } from './compute-league.js';
import { methodologyV1 } from './methodology-v1.js';
import { publishedLeague } from './publication.js';

const inputs: RegionInput[] = ['10', '11', '12', '13'].map((regionCode, i) => ({
  regionCode,
  regionName: `Region ${regionCode}`,
  population: 500_000 + i * 100_000,
  // The last region has too few active CSOs to be ranked.
  activeCsos: i === 3 ? 2 : 5 + i,
  indicators: {
    A1: { value: 2 + i },
    A2: { value: 30 + 7 * i },
    E1: { value: 0.2 + 0.1 * i, n: 5 + i },
  },
}));

describe('publishedLeague', () => {
  const result = computeLeague(methodologyV1, inputs, { draws: 500 });
  const published = publishedLeague(inputs, result);

  it('publishes no indicator of a region that is not ranked, in the inputs or the results', () => {
    const unranked = published.inputs.find((input) => input.regionCode === '13');
    expect(unranked).toMatchObject({ population: 800_000, activeCsos: 2, indicators: {} });
    const row = published.result.rows.find((candidate) => candidate.regionCode === '13');
    expect(row?.ranked).toBe(false);
    expect(Object.values(row?.indicators ?? {}).every((indicator) => indicator.raw === null)).toBe(true);
    expect(published.inputs.find((input) => input.regionCode === '10')?.indicators.A1).toEqual({ value: 2 });
  });

  it('recomputes from the published inputs to the same result', () => {
    expect(computeLeague(methodologyV1, published.inputs, { draws: 500 })).toEqual(published.result);
  });

  it('publishes a snapshot computed before coverage was recorded, stating no coverage', () => {
    const older = {
      ...result,
      rows: result.rows.map(({ coverage: _coverage, ...row }) => row),
    } as typeof result;
    const rows = publishedLeague(inputs, older).result.rows;
    expect(rows.every((row) => row.coverage.csosOnPlatform === null && row.coverage.share === null)).toBe(
      true,
    );
  });
});
