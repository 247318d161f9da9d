import {
  INDICATOR_IDS,
  isFrontier,
  PILLAR_IDS,
  validateMethodology,
  type Methodology,
} from './methodology.js';
import { methodologyV1 } from './methodology-v1.js';

describe('methodology version 1', () => {
  it('validates: weights add up to 1, ids are unique, every min goalpost is below its max', () => {
    expect(validateMethodology(methodologyV1)).toEqual([]);
    expect(methodologyV1.version).toBe(1);
    expect(methodologyV1.pillars.reduce((sum, pillar) => sum + pillar.weight, 0)).toBeCloseTo(1, 12);
    expect(methodologyV1.pillars.map((pillar) => pillar.id)).toEqual([...PILLAR_IDS]);
    const indicators = methodologyV1.pillars.flatMap((pillar) => pillar.indicators);
    expect(indicators.map((indicator) => indicator.id)).toEqual(INDICATOR_IDS.filter((id) => id !== 'A4'));
    for (const { goalposts, external } of indicators) {
      expect(isFrontier(goalposts)).toBe(false);
      expect(external).toBeUndefined();
    }
  });

  it('follows DESIGN.md: weight 0.2 each, tiers 70/55/40/0, 3 CSOs to rank, at least 500 draws', () => {
    expect(methodologyV1.pillars.map((pillar) => pillar.weight)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(methodologyV1.tiers).toEqual([
      { tier: 'A', min: 70 },
      { tier: 'B', min: 55 },
      { tier: 'C', min: 40 },
      { tier: 'D', min: 0 },
    ]);
    expect(methodologyV1.minActiveCsos).toBe(3);
    expect(methodologyV1.winsorisation).toEqual({ skewness: 2, kurtosis: 3.5, maxValues: 5 });
    expect(methodologyV1.monteCarlo.draws).toBeGreaterThanOrEqual(500);
    const proportions = methodologyV1.pillars
      .flatMap((pillar) => pillar.indicators)
      .filter((indicator) => indicator.proportion)
      .map((indicator) => indicator.id);
    expect(proportions).toEqual(['B2', 'C2', 'C3', 'C4', 'E1', 'E2']);
  });

  it('reports what is wrong with a broken methodology', () => {
    const [first, ...rest] = methodologyV1.pillars;
    const broken: Methodology = {
      ...methodologyV1,
      pillars: [
        {
          ...first,
          weight: 0.3,
          indicators: [{ ...first.indicators[0], goalposts: [5, 5] }, first.indicators[0]],
        },
        ...rest,
      ],
      monteCarlo: { ...methodologyV1.monteCarlo, draws: 100 },
    };
    expect(validateMethodology(broken)).toEqual([
      'pillar weights add up to 1.1, not 1',
      'indicator ids are not unique',
      'indicator A1 has goalposts [5, 5] whose min is not below max',
      'Monte Carlo needs at least 500 draws',
    ]);
  });
});
