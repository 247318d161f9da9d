import { chooseWithheldCells } from './complementary-suppression.js';
import { LinkedTables, assertWellFormed } from './linked-tables.js';
import { perturbedValue } from './perturbation.js';
import { ProtectedCell, publishedCell, withheldCell } from './protected-cell.js';

/**
 * - `statistics`: public statistics, the authority view, league inputs and open data: suppression,
 *   then cell-key perturbation of every published cell;
 * - `exact`: an organisation's own reports (a funder is owed exact spend): the same suppression, no
 *   perturbation.
 */
export type ProtectionMode = 'statistics' | 'exact';

export interface ProtectionOptions {
  /** the threshold: a cell about 1..k-1 people is withheld (SUPPRESSION_K, at least 3) */
  k: number;
  mode: ProtectionMode;
}

export interface ProtectedTables<Id extends string = string> {
  readonly cells: Readonly<Record<Id, ProtectedCell>>;
  /** the ids of the withheld cells, sorted (for a response's `suppressed` list) */
  readonly withheld: readonly Id[];
}

/**
 * Turns the raw tables published together for one scope and period into what may be published, in
 * one call: primary suppression, joint complementary suppression audited by linear programming, then
 * (in `statistics` mode) perturbation. Zero-contributor cells are structural zeros, shown as 0.
 */
export function protectTables<Id extends string>(
  tables: LinkedTables<Id>,
  options: ProtectionOptions,
): ProtectedTables<Id> {
  if (!Number.isInteger(options.k) || options.k < 3)
    throw new Error('k must be a whole number of at least 3');
  assertWellFormed(tables);
  const withheld = chooseWithheldCells(tables, options.k);
  const cells = {} as Record<Id, ProtectedCell>;
  for (const id of Object.keys(tables.cells) as Id[]) {
    const cell = tables.cells[id];
    if (withheld.has(id)) cells[id] = withheldCell();
    else
      cells[id] = publishedCell(options.mode === 'statistics' ? perturbedValue(cell, options.k) : cell.value);
  }
  return { cells, withheld: [...withheld].sort() };
}
