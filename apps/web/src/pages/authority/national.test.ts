import { describe, expect, it } from 'vitest';
import { median, nationalComparison } from './national';

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
