import { computeLeague, competitionRanks, type LeagueRow, type RegionInput } from './compute-league.js';
import type { IndicatorDefinition, Methodology } from './methodology.js';
import { methodologyV1 } from './methodology-v1.js';
import { mulberry32 } from './statistics.js';

function indicator(
  id: IndicatorDefinition['id'],
  goalposts: [number, number],
  overrides: Partial<IndicatorDefinition> = {},
): IndicatorDefinition {
  return {
    id,
    name: { ru: id, en: id },
    direction: 1,
    proportion: false,
    goalposts,
    unit: 'unit',
    ...overrides,
  };
}

/** Two pillars of weight 0.5; B1 is a "less is better" indicator, B2 a proportion shrunk with m = 10. */
const twoPillars: Methodology = {
  ...methodologyV1,
  version: 99,
  pillars: [
    {
      id: 'A',
      name: { ru: 'А', en: 'A' },
      weight: 0.5,
      indicators: [indicator('A1', [0, 10]), indicator('A2', [0, 100])],
    },
    {
      id: 'B',
      name: { ru: 'Б', en: 'B' },
      weight: 0.5,
      indicators: [
        indicator('B1', [0, 1000], { direction: -1 }),
        indicator('B2', [0, 1], { proportion: true }),
      ],
    },
  ],
  shrinkageStrength: 10,
  monteCarlo: { draws: 1000, weightJitter: 0.5, seed: 42 },
};

function region(regionCode: string, indicators: RegionInput['indicators'], extra: Partial<RegionInput> = {}) {
  return {
    regionCode,
    regionName: `Region ${regionCode}`,
    population: 1_000_000,
    activeCsos: 20,
    indicators,
    ...extra,
  } satisfies RegionInput;
}

/** Four regions; R03 has no A1. Every B2 rests on n = 10 CSOs. */
const fourRegions: RegionInput[] = [
  region('R01', { A1: { value: 8 }, A2: { value: 60 }, B1: { value: 200 }, B2: { value: 0.9, n: 10 } }),
  region('R02', { A1: { value: 6 }, A2: { value: 40 }, B1: { value: 400 }, B2: { value: 0.7, n: 10 } }),
  region('R03', { A1: null, A2: { value: 50 }, B1: { value: 300 }, B2: { value: 0.5, n: 10 } }),
  region('R04', { A1: { value: 4 }, A2: { value: 30 }, B1: { value: 500 }, B2: { value: 0.3, n: 10 } }),
];

function row(rows: LeagueRow[], code: string): LeagueRow {
  const found = rows.find((candidate) => candidate.regionCode === code);
  if (!found) throw new Error(`no row for ${code}`);
  return found;
}

describe('computeLeague', () => {
  it('scores, ranks and tiers four regions as worked out by hand', () => {
    const { rows } = computeLeague(twoPillars, fourRegions);

    // B2 shrinkage: national mean = (0.9 + 0.7 + 0.5 + 0.3) / 4 = 0.6; w = 10 / (10 + 10) = 0.5
    //   R01 0.5·0.9 + 0.5·0.6 = 0.75, R02 0.65, R03 0.55, R04 0.45 → normalised on [0, 1]: 75, 65, 55, 45
    // A1 on [0, 10]: 8 → 80, 6 → 60, missing, 4 → 40
    // A2 on [0, 100]: 60, 40, 50, 30
    // B1 on [0, 1000], direction −1: 200 → 100 − 20 = 80, 400 → 60, 300 → 70, 500 → 50
    expect(rows.map((r) => [r.regionCode, r.indicators.A1?.normalised, r.indicators.A2?.normalised])).toEqual(
      [
        ['R01', 80, 60],
        ['R02', 60, 40],
        ['R03', null, 50],
        ['R04', 40, 30],
      ],
    );
    expect(
      rows.map((r) => [r.indicators.B1?.normalised, r.indicators.B2?.adjusted, r.indicators.B2?.normalised]),
    ).toEqual([
      [80, 0.75, 75],
      [60, 0.65, 65],
      [70, 0.55, 55],
      [50, 0.45, 45],
    ]);

    // pillar A = mean(A1, A2), pillar B = mean(B1, B2), score = 0.5·A + 0.5·B, unrounded
    //   R01 A = (80 + 60) / 2 = 70, B = (80 + 75) / 2 = 77.5, score 73.75 → tier A (≥ 70)
    //   R02 A = (60 + 40) / 2 = 50, B = (60 + 65) / 2 = 62.5, score 56.25 → tier B
    //   R03 A = 50 (A2 alone),      B = (70 + 55) / 2 = 62.5, score 56.25 → tier B
    //   R04 A = (40 + 30) / 2 = 35, B = (50 + 45) / 2 = 47.5, score 41.25 → tier C
    // competition ranks: 73.75 → 1, 56.25 and 56.25 → 2 and 2, 41.25 → 4
    expect(rows.map((r) => [r.regionCode, r.pillars.A, r.pillars.B, r.score, r.rank, r.tier])).toEqual([
      ['R01', 70, 77.5, 73.75, 1, 'A'],
      ['R02', 50, 62.5, 56.25, 2, 'B'],
      ['R03', 50, 62.5, 56.25, 2, 'B'],
      ['R04', 35, 47.5, 41.25, 4, 'C'],
    ]);
    expect(rows.every((r) => r.ranked && r.pillars.C === null && r.indicators.E1 === undefined)).toBe(true);
  });

  it('leaves a missing indicator out of its pillar instead of counting it as zero', () => {
    const missing = row(computeLeague(twoPillars, fourRegions).rows, 'R03');
    // A1 missing: pillar A = A2 = 50, score 56.25, rank 2.
    expect([missing.pillars.A, missing.score, missing.rank]).toEqual([50, 56.25, 2]);

    // Were it zero: pillar A = (0 + 50) / 2 = 25, score = 0.5·25 + 0.5·62.5 = 43.75, rank 3.
    const withZero = fourRegions.map((input) =>
      input.regionCode === 'R03'
        ? { ...input, indicators: { ...input.indicators, A1: { value: 0 } } }
        : input,
    );
    const zero = row(computeLeague(twoPillars, withZero).rows, 'R03');
    expect([zero.pillars.A, zero.score, zero.rank]).toEqual([25, 43.75, 3]);
  });

  it('leaves a pillar with no indicator out of the score and renormalises the weights', () => {
    const inputs = [
      ...fourRegions,
      region('R05', { A1: { value: 10 }, A2: { value: 90 } }), // no B at all
    ];
    const r05 = row(computeLeague(twoPillars, inputs).rows, 'R05');
    // pillar A = (100 + 90) / 2 = 95; pillar B missing; score = 0.5·95 / 0.5 = 95
    expect([r05.pillars.A, r05.pillars.B, r05.score, r05.rank, r05.tier]).toEqual([95, null, 95, 1, 'A']);
  });

  it('lists a region with 2 active CSOs without ranking it, and keeps it out of everyone else’s figures', () => {
    const inputs = [
      region('R00', { A1: { value: 10 }, A2: { value: 100 }, B2: { value: 0.1, n: 1 } }, { activeCsos: 2 }),
      ...fourRegions,
      region('R09', { A2: { value: 100 } }, { population: null }),
    ];
    const { rows } = computeLeague(twoPillars, inputs);
    expect(rows.map((r) => [r.regionCode, r.rank])).toEqual([
      ['R01', 1],
      ['R02', 2],
      ['R03', 2],
      ['R04', 4],
      ['R00', null],
      ['R09', null],
    ]);
    expect(row(rows, 'R00')).toMatchObject({
      ranked: false,
      reason: 'fewer than 3 active CSOs',
      score: null,
      rank: null,
      tier: null,
      rankInterval: null,
      pillars: { A: null, B: null },
      indicators: { A1: { raw: 10, adjusted: null, normalised: null } },
    });
    expect(row(rows, 'R09')).toMatchObject({ ranked: false, reason: 'population unknown', score: null });
    // the national mean of B2 is still 0.6, so R01's adjusted B2 is still 0.75
    expect(row(rows, 'R01').indicators.B2?.adjusted).toBe(0.75);
  });

  it('does not rank an eligible region that has no indicator at all', () => {
    const { rows } = computeLeague(twoPillars, [...fourRegions, region('R05', {})]);
    expect(row(rows, 'R05')).toMatchObject({ ranked: false, reason: 'no indicator values', rank: null });
  });

  it('shrinks a small region’s proportion towards the national mean more than a large one’s', () => {
    const inputs = [
      region('R01', { B2: { value: 0.9, n: 2 } }),
      region('R02', { B2: { value: 0.9, n: 200 } }),
      region('R03', { B2: { value: 0.3, n: 50 } }),
      region('R04', { B2: { value: 0.3, n: 50 } }),
    ];
    const { rows } = computeLeague(twoPillars, inputs);
    // mean = (0.9 + 0.9 + 0.3 + 0.3) / 4 = 0.6
    // small: w = 2 / 12,    0.9·(1/6) + 0.6·(5/6) = 0.65
    // large: w = 200 / 210, (0.9·200 + 0.6·10) / 210 = 186 / 210 = 0.885714…
    const small = row(rows, 'R01').indicators.B2?.adjusted as number;
    const large = row(rows, 'R02').indicators.B2?.adjusted as number;
    expect(small).toBeCloseTo(0.65, 4);
    expect(large).toBeCloseTo(0.8857, 4);
    expect(Math.abs(small - 0.6)).toBeLessThan(Math.abs(large - 0.6));
  });

  it('does not shrink a proportion given without n, nor an indicator that is not a proportion', () => {
    const inputs = [
      region('R01', { A1: { value: 9, n: 1 }, B2: { value: 0.9 } }),
      region('R02', { A1: { value: 1, n: 1 }, B2: { value: 0.1 } }),
    ];
    const { rows } = computeLeague(twoPillars, inputs);
    expect(row(rows, 'R01').indicators.B2?.adjusted).toBe(0.9);
    expect(row(rows, 'R01').indicators.A1?.adjusted).toBe(9);
  });

  it('winsorises an extreme outlier before normalising', () => {
    // A2 across ten regions: 10, 20, …, 90 and 1000 (skewness 3.2, kurtosis 9.9 → JRC rule applies).
    // The outlier takes the next value inwards, 90; then the skewness is below 2 and it stops.
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 1000];
    const inputs = values.map((value, i) => region(`R${String(i).padStart(2, '0')}`, { A2: { value } }));
    const withGoalposts: Methodology = {
      ...twoPillars,
      pillars: [
        { ...twoPillars.pillars[0], indicators: [indicator('A2', [0, 2000])] },
        twoPillars.pillars[1],
      ],
    };
    const { rows } = computeLeague(withGoalposts, inputs);
    expect(row(rows, 'R09').indicators.A2).toEqual({ raw: 1000, adjusted: 90, normalised: 4.5 });
    expect(row(rows, 'R08').indicators.A2).toEqual({ raw: 90, adjusted: 90, normalised: 4.5 });
    expect(row(rows, 'R00').indicators.A2?.adjusted).toBe(10);
    expect(row(rows, 'R09').rank).toBe(1);
    expect(row(rows, 'R08').rank).toBe(1);
  });

  it('clips values outside the goalposts to 0 and 100', () => {
    const { rows } = computeLeague(twoPillars, [
      region('R01', { A1: { value: 25 } }),
      region('R02', { A1: { value: -3 } }),
    ]);
    expect([row(rows, 'R01').indicators.A1?.normalised, row(rows, 'R02').indicators.A1?.normalised]).toEqual([
      100, 0,
    ]);
  });

  it('publishes a reproducible Monte Carlo rank interval that contains the point rank', () => {
    const first = computeLeague(twoPillars, fourRegions);
    const again = computeLeague(twoPillars, fourRegions);
    expect(again).toEqual(first);
    expect(first.draws).toBe(1000);
    expect(first.seed).toBe(42);
    for (const r of first.rows) {
      const [low, high] = r.rankInterval as [number, number];
      expect(low).toBeLessThanOrEqual(r.rank as number);
      expect(high).toBeGreaterThanOrEqual(r.rank as number);
    }
    // On the goalposts R02 and R03 have the same pillars (50, 62.5), so any weights keep them tied at 2.
    // On the observed ranges (A1 4..8, A2 30..60, B1 500..200, B2 0.45..0.75) R02's pillars are
    // (41.7, 50) and R03's (66.7, 50): R03 stays 2nd and R02 drops to 3rd. R01 and R04 never move.
    expect(first.rows.map((r) => [r.regionCode, r.rankInterval])).toEqual([
      ['R01', [1, 1]],
      ['R02', [2, 3]],
      ['R03', [2, 2]],
      ['R04', [4, 4]],
    ]);
    const otherSeed = computeLeague(twoPillars, fourRegions, { seed: 43 });
    expect(otherSeed.rows.map((r) => r.rankInterval)).toEqual(first.rows.map((r) => r.rankInterval));
  });

  it('draws at least 500 times by default and takes the draws and the seed from the options', () => {
    expect(computeLeague(methodologyV1, fourRegions).draws).toBeGreaterThanOrEqual(500);
    const small = computeLeague(twoPillars, fourRegions, { draws: 50, seed: 7 });
    expect([small.draws, small.seed]).toEqual([50, 7]);
  });

  it('rejects an invalid methodology and a region listed twice', () => {
    expect(() => computeLeague({ ...twoPillars, minActiveCsos: 0 }, fourRegions)).toThrow(/minActiveCsos/);
    expect(() => computeLeague(twoPillars, [...fourRegions, fourRegions[0]])).toThrow(/R01 is listed twice/);
  });
});

describe('computeLeague with methodology version 1', () => {
  it('ranks a year of twelve regions with every indicator, consistently with the tiers and intervals', () => {
    const random = mulberry32(2024);
    const indicators = methodologyV1.pillars.flatMap((pillar) => pillar.indicators);
    const uniformWithin = ([min, max]: readonly [number, number]) => min + random() * (max - min);
    const inputs: RegionInput[] = Array.from({ length: 12 }, (_, i) =>
      region(
        String(i + 10),
        Object.fromEntries(
          indicators.map(({ id, goalposts }) => [
            id,
            {
              value: uniformWithin(goalposts as readonly [number, number]),
              n: 3 + Math.floor(random() * 40),
            },
          ]),
        ),
      ),
    );
    const { rows, draws } = computeLeague(methodologyV1, inputs);
    expect(draws).toBe(1000);
    expect(rows.map((r) => r.rank)).toEqual([...rows.map((r) => r.rank)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (const r of rows) {
      expect(r.ranked).toBe(true);
      const score = r.score as number;
      expect(r.tier).toBe(score >= 70 ? 'A' : score >= 55 ? 'B' : score >= 40 ? 'C' : 'D');
      expect(r.rank).toBe(1 + rows.filter((other) => (other.score as number) > score).length);
      const [low, high] = r.rankInterval as [number, number];
      expect(1 <= low && low <= high && high <= 12).toBe(true);
      expect(Object.values(r.pillars).every((value) => value !== null)).toBe(true);
    }
  });
});

describe('competitionRanks', () => {
  it('gives equal scores equal ranks and skips the places they take (1, 2, 2, 4)', () => {
    expect(competitionRanks([90, 70, 70, 10])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([10, 70, 90, 70])).toEqual([4, 2, 1, 2]);
  });

  it('ranks on unrounded scores: two scores that round alike are still ranked apart', () => {
    // pillar A on [0, 10]: 5.001 → 50.01 and 5.004 → 50.04; both round to 50.0 for display.
    const inputs = ['R01', 'R02', 'R03'].map((code, i) =>
      region(code, { A1: { value: [5.001, 5.004, 2][i] } }),
    );
    const rows = computeLeague(twoPillars, inputs).rows;
    expect(rows.map((r) => [r.regionCode, r.rank])).toEqual([
      ['R02', 1],
      ['R01', 2],
      ['R03', 3],
    ]);
    expect(rows[0].score as number).toBeGreaterThan(rows[1].score as number);
  });

  it('states the coverage of a region: CSOs on the platform and, with the registered number, the share', () => {
    const inputs = fourRegions.map((input, i) => ({
      ...input,
      csosOnPlatform: 4,
      registeredCsos: i === 0 ? 160 : null,
    }));
    const rows = computeLeague(twoPillars, inputs).rows;
    expect(row(rows, 'R01').coverage).toEqual({ csosOnPlatform: 4, registeredCsos: 160, share: 0.025 });
    expect(row(rows, 'R02').coverage).toEqual({ csosOnPlatform: 4, registeredCsos: null, share: null });
  });
});
