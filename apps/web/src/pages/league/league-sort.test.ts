import { describe, expect, it } from 'vitest';
import type { LeagueRow } from '../../api/queries';
import { defaultDirection, sortLeagueRows, type SortColumn } from './league-sort';

function row(code: string, name: string, fields: Partial<LeagueRow> = {}): LeagueRow {
  return {
    rank: null,
    regionCode: code,
    regionName: name,
    score: null,
    tier: null,
    rankInterval: null,
    pillars: {},
    ranked: false,
    ...fields,
  };
}

const rows: LeagueRow[] = [
  row('77', 'Москва', {
    rank: 2,
    score: 61.5,
    tier: 'B',
    ranked: true,
    pillars: { A: 70, B: null },
    coverage: { csosOnPlatform: 9, registeredCsos: 30, share: 0.3 },
  }),
  row('01', 'Адыгея', {
    rank: 1,
    score: 80.25,
    tier: 'A',
    ranked: true,
    pillars: { A: 55, B: 90 },
    coverage: { csosOnPlatform: 1, registeredCsos: 10, share: 0.1 },
  }),
  row('48', 'Липецкая область', { reason: 'fewer than 3 active CSOs', pillars: { A: null, B: null } }),
  row('50', 'Московская область', {
    rank: 2,
    score: 61.5,
    tier: 'B',
    ranked: true,
    pillars: { A: 70, B: 20 },
    coverage: { csosOnPlatform: null, registeredCsos: null, share: null },
  }),
  row('10', 'Карелия', { rank: 4, score: 12, tier: 'D', ranked: true, pillars: { A: 10, B: 40 } }),
];

const codes = (sorted: LeagueRow[]) => sorted.map((r) => r.regionCode);
const sort = (column: SortColumn, direction: 'asc' | 'desc') =>
  codes(sortLeagueRows(rows, { column, direction }));

describe('sorting the league table', () => {
  it('by rank, ties by region code, unranked last both ways', () => {
    expect(sort({ kind: 'rank' }, 'asc')).toEqual(['01', '50', '77', '10', '48']);
    expect(sort({ kind: 'rank' }, 'desc')).toEqual(['10', '50', '77', '01', '48']);
  });

  it('by region name in the reader’s collation', () => {
    expect(sort({ kind: 'region' }, 'asc')).toEqual(['01', '10', '48', '77', '50']);
    expect(sort({ kind: 'region' }, 'desc')).toEqual(['50', '77', '48', '10', '01']);
  });

  it('by score, equal scores in rank order then by code whichever the direction', () => {
    expect(sort({ kind: 'score' }, 'desc')).toEqual(['01', '50', '77', '10', '48']);
    expect(sort({ kind: 'score' }, 'asc')).toEqual(['10', '50', '77', '01', '48']);
  });

  it('by tier, A before D ascending', () => {
    expect(sort({ kind: 'tier' }, 'asc')).toEqual(['01', '50', '77', '10', '48']);
    expect(sort({ kind: 'tier' }, 'desc')).toEqual(['10', '50', '77', '01', '48']);
  });

  it('by a pillar, regions without a value for it last (in rank order among themselves)', () => {
    expect(sort({ kind: 'pillar', pillar: 'B' }, 'desc')).toEqual(['01', '10', '50', '77', '48']);
    expect(sort({ kind: 'pillar', pillar: 'B' }, 'asc')).toEqual(['50', '10', '01', '77', '48']);
    expect(sort({ kind: 'pillar', pillar: 'A' }, 'desc')).toEqual(['50', '77', '01', '10', '48']);
  });

  it('by coverage, unknown coverage last', () => {
    expect(sort({ kind: 'coverage' }, 'desc')).toEqual(['77', '01', '50', '10', '48']);
    expect(sort({ kind: 'coverage' }, 'asc')).toEqual(['01', '77', '50', '10', '48']);
  });

  it('leaves the rows it was given untouched', () => {
    const before = codes(rows);
    sort({ kind: 'score' }, 'asc');
    expect(codes(rows)).toEqual(before);
  });

  it('starts scores and pillars best first, ranks and names from the top', () => {
    expect(defaultDirection({ kind: 'score' })).toBe('desc');
    expect(defaultDirection({ kind: 'pillar', pillar: 'A' })).toBe('desc');
    expect(defaultDirection({ kind: 'coverage' })).toBe('desc');
    expect(defaultDirection({ kind: 'rank' })).toBe('asc');
    expect(defaultDirection({ kind: 'region' })).toBe('asc');
  });
});
