import { RawCell, isMagnitude } from './cell.js';

/**
 * How the tables published together for one scope and period hang together. Every published margin
 * is a relation between a total cell and its parts:
 *
 * - `sum`: the total is the sum of the parts (money, quantities, events; people across organisations,
 *   since a beneficiary belongs to one organisation);
 * - `union`: the total counts the people of all parts once, and a person may sit in several parts
 *   (people over months, categories or funding kinds), so each part ≤ total ≤ the sum of the parts.
 *
 * A cell may sit in several relations (a year total shared by the month table and the category table,
 * an organisation that is a part of the region and the total of its months): that is what makes the
 * tables linked, and why suppression is solved over all of them at once.
 */
export interface Relation<Id extends string = string> {
  kind: 'sum' | 'union';
  total: Id;
  parts: readonly Id[];
}

export interface LinkedTables<Id extends string = string> {
  cells: Readonly<Record<Id, RawCell>>;
  /** relations name cells of `cells` (the ids are inferred from `cells` only) */
  relations: readonly Relation<NoInfer<Id>>[];
}

/** Rejects input the guarantees do not hold for; every failure here is a programming error. */
export function assertWellFormed<Id extends string>(tables: LinkedTables<Id>): void {
  for (const [id, cell] of Object.entries<RawCell>(tables.cells)) assertCell(id, cell);
  for (const relation of tables.relations) assertRelation(tables, relation);
}

function assertCell(id: string, cell: RawCell): void {
  if (!Number.isInteger(cell.contributors) || cell.contributors < 0) {
    throw new Error(`cell ${id}: contributors must be a whole number ≥ 0`);
  }
  if (!(cell.cellKey >= 0 && cell.cellKey < 1))
    throw new Error(`cell ${id}: the cell key must lie in [0, 1)`);
  if (!Number.isFinite(cell.value) || cell.value < 0)
    throw new Error(`cell ${id}: the value must be finite and ≥ 0`);
  if (cell.contributors === 0 && cell.value !== 0) {
    throw new Error(
      `cell ${id}: a figure about nobody must be zero (only beneficiaries' figures are published)`,
    );
  }
  if (cell.kind === 'people' && cell.value !== cell.contributors) {
    throw new Error(`cell ${id}: a people count is its number of contributors`);
  }
  if (!isMagnitude(cell.kind) && !Number.isInteger(cell.value))
    throw new Error(`cell ${id}: a count is whole`);
}

function assertRelation<Id extends string>(tables: LinkedTables<Id>, relation: Relation<Id>): void {
  const ids = [relation.total, ...relation.parts];
  const cells = ids.map((id) => {
    const cell = tables.cells[id] as RawCell | undefined;
    if (!cell) throw new Error(`relation of ${relation.total}: no cell ${id}`);
    return cell;
  });
  if (new Set(cells.map((cell) => cell.kind)).size > 1) {
    throw new Error(`relation of ${relation.total}: a total and its parts must be of one kind`);
  }
  const [total, ...parts] = cells.map((cell) => cell.value);
  const sum = parts.reduce((a, b) => a + b, 0);
  const tolerance = 1e-6 * Math.max(1, total);
  const holds =
    relation.kind === 'sum'
      ? Math.abs(total - sum) <= tolerance
      : parts.every((part) => part <= total + tolerance) && total <= sum + tolerance;
  if (!holds)
    throw new Error(`relation of ${relation.total}: the true values do not satisfy the ${relation.kind}`);
}
