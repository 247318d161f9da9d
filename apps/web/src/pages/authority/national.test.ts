import { describe, expect, it } from 'vitest';
import { median, nationalComparison, regionAgainstCountry } from './national';

function row(
  regionCode: string,
  score: number | null,
  pillars: Record<string, number | null>,
  rank: number | null,
) {
  return {
    regionCode,
    regionName: regionCode,
    rank,
    score,
    tier: rank === null ? null : ('B' as const),
    rankInterval: null,
    pillars,
    ranked: rank !== null,
    ...(rank === null ? { reason: 'too few organisations' } : {}),
  };
}

const rows = [
  row('77', 80, { A: 90, B: 70 }, 1),
  row('48', 60, { A: 50, B: 70 }, 2),
  row('50', 40, { A: 30, B: null }, 3),
  row('01', null, { A: 99, B: 99 }, null),
];

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('nationalComparison', () => {
  it('puts the region beside the median of the ranked regions only', () => {
    expect(nationalComparison('48', rows)).toEqual({
      ranked: true,
      reason: undefined,
      rank: 2,
      rankedRegions: 3,
      tier: 'B',
      score: 60,
      medianScore: 60,
      pillars: [
        { pillar: 'A', region: 50, nationalMedian: 50 },
        { pillar: 'B', region: 70, nationalMedian: 70 },
      ],
    });
  });

  it('says why an unranked region has no rank', () => {
    expect(nationalComparison('01', rows)).toMatchObject({
      ranked: false,
      rank: null,
      reason: 'too few organisations',
    });
  });

  it('is null for a region the table does not list', () => {
    expect(nationalComparison('99', rows)).toBeNull();
  });
});

describe('regionAgainstCountry', () => {
  const stats = {
    organisations: 3,
    beneficiariesServed: 40,
    careEvents: null,
    spendKopecks: 500_00,
    spendPerResidentKopecks: 0.05,
  } as unknown as Parameters<typeof regionAgainstCountry>[0];
  const national = {
    year: 2026,
    regions: 85,
    population: 1_000_000,
    organisations: 30,
    beneficiariesServed: 400,
    careEvents: 1000,
    spendKopecks: 10_000_00,
    withheldRegions: { beneficiariesServed: 2, careEvents: 5, spendKopecks: 1 },
    perMonth: [],
  };

  it('sets each figure beside the country’s sum with the region’s share of it', () => {
    expect(regionAgainstCountry(stats, national)).toEqual([
      { measure: 'organisations', region: 3, country: 30, share: 0.1, withheldRegions: 0 },
      { measure: 'beneficiaries', region: 40, country: 400, share: 0.1, withheldRegions: 2 },
      { measure: 'careEvents', region: null, country: 1000, share: null, withheldRegions: 5 },
      { measure: 'spend', region: 500_00, country: 10_000_00, share: 0.05, withheldRegions: 1 },
      { measure: 'spendPerResident', region: 0.05, country: 1, share: null, withheldRegions: 1 },
    ]);
  });

  it('has no spend per resident for a country of unknown population', () => {
    const [, , , , perResident] = regionAgainstCountry(stats, { ...national, population: 0 });
    expect(perResident.country).toBeNull();
  });
});
