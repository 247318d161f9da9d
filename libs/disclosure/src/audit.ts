import { RawCell, isMagnitude } from './cell.js';
import { LinkedTables } from './linked-tables.js';
import { LinearConstraint, maximise } from './simplex.js';

/**
 * The linear-programming audit of τ-ARGUS and sdcTable: for a withheld cell, the smallest and the
 * largest value it can take over all non-negative solutions of the published equations, with every
 * published cell at its true value (the worst case: perturbation is not counted on). An attacker who
 * solves the margins learns exactly this interval and nothing sharper.
 */
export interface Interval {
  low: number;
  high: number;
}

/** How much of the true value a withheld magnitude must stay uncertain by, either side (p = 50 %). */
export const MAGNITUDE_PROTECTION = 0.5;

/**
 * What a primary (sensitive) cell's interval must cover. Counts: from 1 (or the value minus the
 * margin, whichever is larger) to the value plus the margin, where the margin is k-1 or half the value,
 * whichever is larger: an attacker cannot tell one person from k or more. Magnitudes: half the value
 * either side.
 */
export function requiredInterval(cell: RawCell, k: number): Interval {
  if (isMagnitude(cell.kind)) {
    const margin = MAGNITUDE_PROTECTION * cell.value;
    return { low: cell.value - margin, high: cell.value + margin };
  }
  const margin = Math.max(k - 1, MAGNITUDE_PROTECTION * cell.value);
  return { low: Math.max(1, cell.value - margin), high: cell.value + margin };
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
 * check them against the published equations without trusting the solver.
 */
export function extremeSolutions<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
): { lowest?: Map<Id, number>; highest?: Map<Id, number> } {
  const variables = [...withheld];
  const index = new Map(variables.map((id, i) => [id, i]));
  const constraints = publishedEquations(tables, index);
  const solve = (sign: number) => {
    const result = maximise(variables.length, new Map([[index.get(target)!, sign]]), constraints);
    if (result.status === 'infeasible') {
      throw new Error('the published equations have no solution: the audit was given inconsistent values');
    }
    if (result.status === 'unbounded') return undefined;
    return new Map(variables.map((id, i) => [id, result.solution[i]]));
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

/** The published equations and inequalities, over the withheld cells as unknowns. */
function publishedEquations<Id extends string>(
  tables: LinkedTables<Id>,
  index: ReadonlyMap<Id, number>,
): LinearConstraint[] {
  const constraints: LinearConstraint[] = [];
  const term = (id: Id, sign: number, coefficients: Map<number, number>): number => {
    const variable = index.get(id);
    if (variable === undefined) return -sign * tables.cells[id].value; // known: moves to the bound
    coefficients.set(variable, (coefficients.get(variable) ?? 0) + sign);
    return 0;
  };
  const add = (terms: Array<[Id, number]>, relation: LinearConstraint['relation']) => {
    const coefficients = new Map<number, number>();
    const bound = terms.reduce((sum, [id, sign]) => sum + term(id, sign, coefficients), 0);
    if (coefficients.size > 0) constraints.push({ coefficients, relation, bound });
  };
  for (const relation of tables.relations) {
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
  // Zeros are always shown, so an attacker knows every withheld count is at least 1.
  for (const [id, variable] of index) {
    if (!isMagnitude(tables.cells[id].kind))
      constraints.push({ coefficients: new Map([[variable, 1]]), relation: '>=', bound: 1 });
  }
  return constraints;
}
