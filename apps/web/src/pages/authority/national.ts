// The region against the country, from the league table of the year: its rank among the ranked regions,
// and its score and each pillar's score beside the national median (the median of the ranked regions,
// as the league itself compares them).
import type { components } from '@careledger/api-client';

type LeagueRow = components['schemas']['LeagueRowDto'];

export interface PillarComparison {
  pillar: string;
  region: number | null;
  nationalMedian: number | null;
}

export interface NationalComparison {
  ranked: boolean;
  /** Why the region has no rank (the league's reason), when it has none. */
  reason?: string;
  rank: number | null;
  rankedRegions: number;
  tier: LeagueRow['tier'];
  score: number | null;
  medianScore: number | null;
  pillars: PillarComparison[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function present(values: (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => typeof value === 'number');
}

/** The comparison for one region; null when the league table has no row for it. */
export function nationalComparison(code: string, rows: readonly LeagueRow[]): NationalComparison | null {
  const row = rows.find((candidate) => candidate.regionCode === code);
  if (!row) return null;
  const ranked = rows.filter((candidate) => candidate.ranked);
  const pillarIds = [...new Set(ranked.flatMap((candidate) => Object.keys(candidate.pillars)))].sort();
  return {
    ranked: row.ranked,
    reason: row.reason,
    rank: row.rank,
    rankedRegions: ranked.length,
    tier: row.tier,
    score: row.score,
    medianScore: median(present(ranked.map((candidate) => candidate.score))),
    pillars: pillarIds.map((pillar) => ({
      pillar,
      region: row.pillars[pillar] ?? null,
      nationalMedian: median(present(ranked.map((candidate) => candidate.pillars[pillar]))),
    })),
  };
}

type RegionStats = components['schemas']['AuthorityRegionStatsDto'];
type NationalFigures = components['schemas']['NationalFiguresDto'];

export type CountryMeasure = 'organisations' | 'beneficiaries' | 'careEvents' | 'spend' | 'spendPerResident';

export interface CountryComparison {
  measure: CountryMeasure;
  /** The region's published figure; null when withheld. */
  region: number | null;
  country: number | null;
  /** The region's part of the country's sum (0..1); null where a share means nothing or is unknown. */
  share: number | null;
  /** Regions whose figure is withheld and so left out of the country's sum (a lower bound then). */
  withheldRegions: number;
}

function shareOf(part: number | null, whole: number | null): number | null {
  return part === null || !whole ? null : part / whole;
}

/** The region's year beside the country's: the sums of every region's published figures. */
export function regionAgainstCountry(stats: RegionStats, national: NationalFigures): CountryComparison[] {
  const sums: [CountryMeasure, number | null, number, number][] = [
    ['organisations', stats.organisations, national.organisations, 0],
    [
      'beneficiaries',
      stats.beneficiariesServed,
      national.beneficiariesServed,
      national.withheldRegions.beneficiariesServed,
    ],
    ['careEvents', stats.careEvents, national.careEvents, national.withheldRegions.careEvents],
    ['spend', stats.spendKopecks, national.spendKopecks, national.withheldRegions.spendKopecks],
  ];
  const perResident = national.population > 0 ? national.spendKopecks / national.population : null;
  return [
    ...sums.map(([measure, region, country, withheldRegions]) => ({
      measure,
      region,
      country,
      share: shareOf(region, country),
      withheldRegions,
    })),
    {
      measure: 'spendPerResident',
      region: stats.spendPerResidentKopecks,
      country: perResident,
      share: null,
      withheldRegions: national.withheldRegions.spendKopecks,
    },
  ];
}
