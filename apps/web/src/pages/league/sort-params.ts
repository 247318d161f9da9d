// The table's order lives in the address (?sort=score&dir=desc, ?sort=pillar:A), so a sorted view can
// be shared and survives a reload.
import type { SortColumn, SortOrder } from './league-sort';

const plainColumns = ['rank', 'region', 'score', 'tier', 'coverage'] as const;

export const defaultOrder: SortOrder = { column: { kind: 'rank' }, direction: 'asc' };

function parseColumn(value: string | null): SortColumn | null {
  if (!value) return null;
  if (value.startsWith('pillar:') && value.length > 7) return { kind: 'pillar', pillar: value.slice(7) };
  return (plainColumns as readonly string[]).includes(value) ? ({ kind: value } as SortColumn) : null;
}

export function readSortOrder(params: URLSearchParams): SortOrder {
  const column = parseColumn(params.get('sort'));
  if (!column) return defaultOrder;
  return { column, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' };
}

export function writeSortOrder(current: URLSearchParams, order: SortOrder): URLSearchParams {
  const next = new URLSearchParams(current);
  const column = order.column;
  next.set('sort', column.kind === 'pillar' ? `pillar:${column.pillar}` : column.kind);
  next.set('dir', order.direction);
  return next;
}
