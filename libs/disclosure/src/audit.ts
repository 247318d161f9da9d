import { RawCell, isMagnitude } from './cell.js';
import { LinkedTables, Relation } from './linked-tables.js';
import { LinearConstraint, maximise } from './simplex.js';

/*
 * The linear-programming audit of τ-ARGUS and sdcTable: for a withheld cell, the smallest and the
 * largest value it can take over all non-negative solutions of the published equations, with every
 * published cell at its true value (the worst case: perturbation is not counted on). An attacker who
 * solves the margins learns exactly this interval and nothing sharper.
 */

/** The values a withheld cell can take, as far as the published figures tell. */
export interface Interval {
  low: number;
  high: number;
}

/** How much of the true value a withheld magnitude must stay uncertain by, either side (p = 50 %). */
export const MAGNITUDE_PROTECTION = 0.5;

/**
 * What a primary (sensitive) cell's interval must reach. Counts: up to the value plus a margin of k-1
 * or half the value, whichever is larger, so an attacker cannot tell a cell of one person from one of
 * k or more. Below, a count is never asked for more than its floor: an attacker knows a withheld count
 * is not zero (zeros are shown), and the linked tables may show that several withheld parts are each
 * non-zero; a lower bound says "at least this many", never who or how few. Magnitudes: half the value
 * either side.
 */
export function requiredInterval(cell: RawCell, k: number): Interval {
  if (isMagnitude(cell.kind)) {
    const margin = MAGNITUDE_PROTECTION * cell.value;
    return { low: cell.value - margin, high: cell.value + margin };
  }
  const margin = Math.max(k - 1, MAGNITUDE_PROTECTION * cell.value);
  return { low: cell.value, high: cell.value + margin };
}

/** The interval an attacker derives for `target`, given which cells are withheld. */
export function feasibleInterval<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
): Interval {
  const { lowest, highest } = extremeSolutions(tables, withheld, target);
  return { low: lowest?.get(target) ?? -Infinity, high: highest?.get(target) ?? Infinity };
}

/**
 * Values of the withheld cells that agree with everything published and put `target` at its lowest
 * and at its highest (undefined when unbounded that way). They are the audit's certificate: anyone can
 * check them against the published equations without trusting the solver. Only the withheld cells
 * linked to the target through withheld cells can move it, so only they are solved for.
 */
export function extremeSolutions<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
): { lowest?: Map<Id, number>; highest?: Map<Id, number> } {
  const { cells, relations } = withheldComponent(tables, withheld, target);
  const index = new Map(cells.map((id, i) => [id, i]));
  const constraints = publishedEquations(tables, relations, index);
  const solve = (sign: number) => {
    const result = maximise(cells.length, new Map([[index.get(target)!, sign]]), constraints);
    if (result.status === 'infeasible') {
      throw new Error('the published equations have no solution: the audit was given inconsistent values');
    }
    if (result.status === 'unbounded') return undefined;
    return new Map(cells.map((id, i) => [id, result.solution[i] + floorOf(tables.cells[id])]));
  };
  return { lowest: solve(-1), highest: solve(1) };
}

/** How far an interval falls short of the requirement, as a share of the requirement (0 = protected). */
export function shortfall(found: Interval, required: Interval): number {
  const width = Math.max(required.high - required.low, 1);
  const tolerance = 1e-7 * width;
  const below = Math.max(0, found.low - required.low - tolerance);
  const above = Math.max(0, required.high - found.high - tolerance);
  return (below + above) / width;
}

/**
 * Zeros are always shown, so an attacker knows every withheld count is at least 1: that is its floor.
 * The solver works on the value above the floor (x = floor + y, y ≥ 0).
 */
function floorOf(cell: RawCell): number {
  return isMagnitude(cell.kind) ? 0 : 1;
}

/** The withheld cells linked to the target through withheld cells, and the relations among them. */
export function withheldComponent<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
): { cells: Id[]; relations: Relation<Id>[] } {
  const reached = new Set<Id>([target]);
  const relations = new Set<Relation<Id>>();
  const queue: Id[] = [target];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const relation of tables.relations) {
      const members = [relation.total, ...relation.parts];
      if (!members.includes(id)) continue;
      relations.add(relation);
      for (const member of members) {
        if (withheld.has(member) && !reached.has(member)) {
          reached.add(member);
          queue.push(member);
        }
      }
    }
  }
  return { cells: [...reached], relations: [...relations] };
}

/** The published equations and inequalities, over the withheld cells (above their floor) as unknowns. */
function publishedEquations<Id extends string>(
  tables: LinkedTables<Id>,
  relations: readonly Relation<Id>[],
  index: ReadonlyMap<Id, number>,
): LinearConstraint[] {
  const constraints: LinearConstraint[] = [];
  /** Adds sign·cell to the left-hand side; returns what moves to the bound. */
  const term = (id: Id, sign: number, coefficients: Map<number, number>): number => {
    const cell = tables.cells[id];
    const variable = index.get(id);
    if (variable === undefined) return -sign * cell.value;
    coefficients.set(variable, (coefficients.get(variable) ?? 0) + sign);
    return -sign * floorOf(cell);
  };
  const add = (terms: Array<[Id, number]>, relation: LinearConstraint['relation']) => {
    const coefficients = new Map<number, number>();
    const bound = terms.reduce((sum, [id, sign]) => sum + term(id, sign, coefficients), 0);
    if ([...coefficients.values()].some((coefficient) => coefficient !== 0)) {
      constraints.push({ coefficients, relation, bound });
    }
  };
  for (const relation of relations) {
    const totalMinusParts: Array<[Id, number]> = [
      [relation.total, 1],
      ...relation.parts.map((part): [Id, number] => [part, -1]),
    ];
    if (relation.kind === 'sum') {
      add(totalMinusParts, '=');
      continue;
    }
    add(totalMinusParts, '<=');
    for (const part of relation.parts)
      add(
        [
          [part, 1],
          [relation.total, -1],
        ],
        '<=',
      );
  }
  return constraints;
}
