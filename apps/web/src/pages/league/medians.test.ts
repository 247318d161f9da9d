import { describe, expect, it } from 'vitest';
import type { LeagueRow } from '../../api/queries';
import { median, pillarMedians } from './medians';

const row = (code: string, ranked: boolean, pillars: Record<string, number | null>): LeagueRow => ({
  rank: ranked ? 1 : null,
  regionCode: code,
  regionName: code,
  score: null,
  tier: null,
  rankInterval: null,
  pillars,
  ranked,
});

describe('medians', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('gives each pillar the median of the ranked regions that have a value for it', () => {
    const rows = [
      row('01', true, { A: 10, B: null }),
      row('02', true, { A: 30, B: 5 }),
      row('03', true, { A: 20, B: 7 }),
      row('04', false, { A: 1000, B: 1000 }),
    ];
    expect(pillarMedians(rows)).toEqual({ A: 20, B: 6 });
  });
});
