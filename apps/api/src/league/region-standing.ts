import type { IndicatorDefinition, LeagueRow, Methodology, RegionInput } from '@careledger/league';

export interface PillarStanding {
  id: string;
  name: { ru: string; en: string };
  score: number | null;
  /** the median of the pillar's score over the ranked regions */
  nationalMedian: number | null;
}

export interface GrowthPoint {
  indicator: string;
  name: { ru: string; en: string };
  unit: string;
  direction: 1 | -1;
  value: number;
  /** the median of the indicator over the ranked regions */
  median: number;
  /** how far the region trails the median, in the indicator's unit: to be raised (direction 1) or lowered (-1) */
  gap: number;
  /** the gap over the spread (max − min) of the ranked regions' values: 0 to 1, comparable across indicators */
  normalisedGap: number;
}

const growthPointCount = 3;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const present = (value: number | null | undefined): value is number => value !== null && value !== undefined;

/** The region's pillar scores beside the median of each over the ranked regions. */
export function pillarStandings(
  methodology: Methodology,
  rows: readonly LeagueRow[],
  region: LeagueRow,
): PillarStanding[] {
  const ranked = rows.filter((row) => row.ranked);
  return methodology.pillars.map((pillar) => ({
    id: pillar.id,
    name: pillar.name,
    score: region.pillars[pillar.id] ?? null,
    nationalMedian: median(ranked.map((row) => row.pillars[pillar.id]).filter(present)),
  }));
}

function growthPointOf(
  indicator: IndicatorDefinition,
  value: number | undefined,
  rankedValues: number[],
): GrowthPoint | undefined {
  const middle = median(rankedValues);
  if (value === undefined || middle === null) return undefined;
  const gap = (middle - value) * indicator.direction;
  const spread = Math.max(...rankedValues) - Math.min(...rankedValues);
  if (gap <= 0 || spread <= 0) return undefined;
  return {
    indicator: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    value,
    median: middle,
    gap,
    normalisedGap: gap / spread,
  };
}

/**
 * Where a ranked region trails the median of the ranked regions most: the three indicators with the
 * largest gap relative to the spread of the ranked regions' values, from the published inputs only (a
 * region that is not ranked publishes no indicator, so it has none).
 */
export function growthPoints(
  methodology: Methodology,
  inputs: readonly RegionInput[],
  rankedCodes: ReadonlySet<string>,
  regionCode: string,
): GrowthPoint[] {
  if (!rankedCodes.has(regionCode)) return [];
  const ranked = inputs.filter((input) => rankedCodes.has(input.regionCode));
  const own = ranked.find((input) => input.regionCode === regionCode);
  return methodology.pillars
    .flatMap((pillar) => pillar.indicators)
    .map((indicator) =>
      growthPointOf(
        indicator,
        own?.indicators[indicator.id]?.value,
        ranked.map((input) => input.indicators[indicator.id]?.value).filter(present),
      ),
    )
    .filter((point): point is GrowthPoint => point !== undefined)
    .sort((a, b) => b.normalisedGap - a.normalisedGap)
    .slice(0, growthPointCount);
}
