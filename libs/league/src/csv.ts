import { toCsv } from '@careledger/common';
import type { LeagueResult, RegionInput } from './compute-league.js';
import { INDICATOR_IDS, PILLAR_IDS } from './methodology.js';

/**
 * The league table's inputs and results for download, written by `toCsv` (libs/common): numbers in plain
 * decimal, so anyone can recompute the table exactly, and text that could run as a spreadsheet formula
 * (a region name starting with `=`) neutralised.
 */

export function inputsCsv(inputs: readonly RegionInput[]): string {
  const header = [
    'region_code',
    'region_name',
    'population',
    'active_csos',
    ...INDICATOR_IDS.flatMap((id) => [id, `${id}_n`]),
  ];
  const rows = inputs.map((input) => [
    input.regionCode,
    input.regionName,
    input.population,
    input.activeCsos,
    ...INDICATOR_IDS.flatMap((id) => [input.indicators[id]?.value, input.indicators[id]?.n]),
  ]);
  return toCsv([header, ...rows]);
}

export function resultsCsv(result: LeagueResult): string {
  const header = [
    'rank',
    'region_code',
    'region_name',
    'ranked',
    'reason',
    'score',
    'tier',
    'rank_p5',
    'rank_p95',
    ...PILLAR_IDS.map((id) => `pillar_${id}`),
    ...INDICATOR_IDS.flatMap((id) => [`${id}_raw`, `${id}_adjusted`, `${id}_normalised`]),
    'methodology_version',
  ];
  const rows = result.rows.map((row) => [
    row.rank,
    row.regionCode,
    row.regionName,
    row.ranked,
    row.reason,
    row.score,
    row.tier,
    row.rankInterval?.[0],
    row.rankInterval?.[1],
    ...PILLAR_IDS.map((id) => row.pillars[id]),
    ...INDICATOR_IDS.flatMap((id) => {
      const indicator = row.indicators[id];
      return [indicator.raw, indicator.adjusted, indicator.normalised];
    }),
    result.methodologyVersion,
  ]);
  return toCsv([header, ...rows]);
}
