import { CellKind, LinkedTables, RawCell, Relation, cellKeyFromKeySum } from '@careledger/disclosure';

/**
 * One group of a region's year as the aggregate query returns it: the distinct beneficiaries with care
 * in the group, the sum of their record keys, and their totals (numbers as text, as PostgreSQL sends
 * bigint and numeric).
 */
export interface ContributorGroup {
  /** the organisation id or the month (YYYY-MM); null for the region's total */
  group: string | null;
  contributors: number;
  key_sum: string;
  events: number;
  spend: string;
  largest_spend: string | null;
  quantity: string;
  largest_quantity: string | null;
}

/** The published fields of a group; a cell's id is the field's path in the answer. */
export const measures = {
  beneficiariesServed: 'people',
  careEvents: 'events',
  spendKopecks: 'money',
  itemsDelivered: 'quantity',
} as const satisfies Record<string, CellKind>;

export type Measure = keyof typeof measures;

/** The cell id of a measure: the region's own field, or the field inside a per-organisation or per-month row. */
export function cellId(measure: Measure, table?: 'perOrganisation' | 'perMonth', group?: string): string {
  return table ? `${table}.${group}.${measure}` : measure;
}

function cellsOf(group: ContributorGroup | undefined): Record<Measure, RawCell> {
  const contributors = group?.contributors ?? 0;
  const cellKey = group ? cellKeyFromKeySum(group.key_sum) : 0;
  const cell = (kind: CellKind, value: number, largestContribution?: number): RawCell =>
    largestContribution === undefined
      ? { kind, value, contributors, cellKey }
      : { kind, value, contributors, cellKey, largestContribution };
  return {
    beneficiariesServed: cell('people', contributors),
    careEvents: cell('events', group?.events ?? 0),
    spendKopecks: cell('money', Number(group?.spend ?? 0), Number(group?.largest_spend ?? 0)),
    itemsDelivered: cell('quantity', Number(group?.quantity ?? 0), Number(group?.largest_quantity ?? 0)),
  };
}

/**
 * The linked tables of a region's year published together: the region's total, each organisation and
 * each month. A beneficiary belongs to one organisation, so every measure of the total is the sum of
 * the organisations'; over months events, money and quantities add up, while people are a union (one
 * person may come in several months).
 */
export function regionalTables(
  total: ContributorGroup | undefined,
  organisations: { id: string; figures?: ContributorGroup }[],
  months: ContributorGroup[],
): LinkedTables {
  const cells: Record<string, RawCell> = {};
  const relations: Relation[] = [];
  const totalCells = cellsOf(total);
  for (const measure of Object.keys(measures) as Measure[]) {
    cells[cellId(measure)] = totalCells[measure];
    const parts = (table: 'perOrganisation' | 'perMonth', groups: [string, ContributorGroup | undefined][]) =>
      groups.map(([group, figures]) => {
        const id = cellId(measure, table, group);
        cells[id] = cellsOf(figures)[measure];
        return id;
      });
    if (organisations.length > 0)
      relations.push({
        kind: 'sum',
        total: cellId(measure),
        parts: parts(
          'perOrganisation',
          organisations.map((organisation) => [organisation.id, organisation.figures]),
        ),
      });
    if (months.length > 0)
      relations.push({
        kind: measures[measure] === 'people' ? 'union' : 'sum',
        total: cellId(measure),
        parts: parts(
          'perMonth',
          months.map((month) => [month.group ?? '', month]),
        ),
      });
  }
  return { cells, relations };
}
