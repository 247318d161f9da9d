// How the league table sorts: by any column, either way, with regions that have no value for the column
// (unranked, or a pillar without data) always last, and ties kept in rank order, then by region code,
// so the order never depends on how the api happened to list the rows.
import type { LeagueRow } from '../../api/queries';

export type SortColumn =
  | { kind: 'rank' }
  | { kind: 'region' }
  | { kind: 'score' }
  | { kind: 'tier' }
  | { kind: 'coverage' }
  | { kind: 'pillar'; pillar: string };

export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

/** The order a column sorts in first: best first for scores, A→Z for names, rank 1 first. */
export function defaultDirection(column: SortColumn): SortDirection {
  return column.kind === 'score' || column.kind === 'pillar' || column.kind === 'coverage' ? 'desc' : 'asc';
}

const tierOrder: Record<string, number> = { A: 1, B: 2, C: 3, D: 4 };

function sortValue(row: LeagueRow, column: SortColumn, regionName: (row: LeagueRow) => string) {
  switch (column.kind) {
    case 'rank':
      return row.rank;
    case 'region':
      return regionName(row);
    case 'score':
      return row.score;
    case 'tier':
      return row.tier === null ? null : tierOrder[row.tier];
    case 'coverage':
      return row.coverage?.share ?? null;
    case 'pillar':
      return row.pillars[column.pillar] ?? null;
  }
}

function tieBreak(a: LeagueRow, b: LeagueRow): number {
  const rankA = a.rank ?? Number.POSITIVE_INFINITY;
  const rankB = b.rank ?? Number.POSITIVE_INFINITY;
  if (rankA !== rankB) return rankA - rankB;
  return a.regionCode.localeCompare(b.regionCode);
}

export function sortLeagueRows(
  rows: readonly LeagueRow[],
  order: SortOrder,
  regionName: (row: LeagueRow) => string = (row) => row.regionName,
  locale = 'ru',
): LeagueRow[] {
  const sign = order.direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const valueA = sortValue(a, order.column, regionName);
    const valueB = sortValue(b, order.column, regionName);
    if (valueA === null && valueB === null) return tieBreak(a, b);
    if (valueA === null) return 1;
    if (valueB === null) return -1;
    const compared =
      typeof valueA === 'string' ? collator.compare(valueA, valueB as string) : valueA - (valueB as number);
    return compared === 0 ? tieBreak(a, b) : sign * compared;
  });
}

export function sameColumn(a: SortColumn, b: SortColumn): boolean {
  return a.kind === b.kind && (a.kind !== 'pillar' || a.pillar === (b as { pillar: string }).pillar);
}
