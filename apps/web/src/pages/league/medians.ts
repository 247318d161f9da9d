// The national median of each pillar over the ranked regions, the yardstick a region page sets its own
// pillar scores against.
import type { LeagueRow } from '../../api/queries';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function pillarMedians(rows: readonly LeagueRow[]): Record<string, number | null> {
  const ranked = rows.filter((row) => row.ranked);
  const pillars = new Set(ranked.flatMap((row) => Object.keys(row.pillars)));
  return Object.fromEntries(
    [...pillars].map((pillar) => [
      pillar,
      median(
        ranked
          .map((row) => row.pillars[pillar])
          .filter((value): value is number => typeof value === 'number'),
      ),
    ]),
  );
}
