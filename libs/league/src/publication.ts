import type { Coverage, IndicatorResult, LeagueResult, LeagueRow, RegionInput } from './compute-league.js';

/**
 * What is published of one computation. A region that is not ranked keeps its name, population and
 * counts of organisations, never an indicator: its per-capita figures times its population would give
 * back counts and spend that its own statistics withhold. Nothing that is withheld takes part in the
 * computation (an unranked region is left out of every step), so the published inputs recompute the
 * published results exactly.
 */
export function publishedLeague(
  inputs: readonly RegionInput[],
  result: LeagueResult,
): { inputs: RegionInput[]; result: LeagueResult } {
  const ranked = new Set(result.rows.filter((row) => row.ranked).map((row) => row.regionCode));
  return {
    inputs: inputs.map((input) => (ranked.has(input.regionCode) ? input : { ...input, indicators: {} })),
    result: {
      ...result,
      rows: result.rows.map((row) => {
        const published = withCoverage(row);
        return row.ranked ? published : { ...published, indicators: withoutValues(row.indicators) };
      }),
    },
  };
}

/** A snapshot computed before coverage was recorded states none, rather than failing to publish. */
function withCoverage(row: LeagueRow): LeagueRow {
  const unknown: Coverage = { csosOnPlatform: null, registeredCsos: null, share: null };
  return { ...row, coverage: (row.coverage as Coverage | undefined) ?? unknown };
}

function withoutValues(indicators: LeagueRow['indicators']): LeagueRow['indicators'] {
  const empty: IndicatorResult = { raw: null, adjusted: null, normalised: null };
  return Object.fromEntries(Object.keys(indicators).map((id) => [id, empty]));
}
