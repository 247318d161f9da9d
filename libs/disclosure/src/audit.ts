import { RawCell, isMagnitude } from './cell.js';
import { LinkedTables, Relation } from './linked-tables.js';
import { FeasibleRegion, LinearConstraint } from './simplex.js';

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
  const [lowest, highest] = solveExtremes(tables, withheld, target, [-1, 1]);
  return { lowest, highest };
}

/**
 * How far a primary cell's audited interval falls short of its requirement (0 = protected). Only the
 * sides that can fall short are solved: a count's requirement below is its true value, which the true
 * values always reach, so for counts only the highest value is solved for.
 */
export function protectionShortfall<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
  k: number,
): number {
  const cell = tables.cells[target];
  const required = requiredInterval(cell, k);
  if (isMagnitude(cell.kind)) return shortfall(feasibleInterval(tables, withheld, target), required);
  const [highest] = solveExtremes(tables, withheld, target, [1]);
  return shortfall({ low: cell.value, high: highest?.get(target) ?? Infinity }, required);
}

/** The solutions that put `target` at its lowest (sign -1) or highest (sign 1); undefined when unbounded. */
function solveExtremes<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
  signs: readonly number[],
): (Map<Id, number> | undefined)[] {
  const component = withheldComponent(tables, withheld, target);
  const cells = component.cells.sort();
  const index = new Map(cells.map((id, i) => [id, i]));
  const region = feasibleRegion(tables, cells, () =>
    FeasibleRegion.find(cells.length, publishedEquations(tables, component.relations, index)),
  );
  if (!region) {
    throw new Error('the published equations have no solution: the audit was given inconsistent values');
  }
  return signs.map((sign) => {
    const result = region.maximise(new Map([[index.get(target)!, sign]]));
    if (result.status !== 'optimal') return undefined;
    return new Map(cells.map((id, i) => [id, result.solution[i] + floorOf(tables.cells[id])]));
  });
}

/**
 * The published equations of a component depend only on which cells it holds (the withheld members of
 * its relations are exactly its cells), so the feasible basis found for one of its cells serves every
 * other cell of the same component: while the pattern does not change, primary cells of one component
 * are audited with one phase one. A few recent components are kept per set of tables.
 */
const recentRegions = new WeakMap<LinkedTables<string>, Map<string, FeasibleRegion | undefined>>();
const RECENT_REGIONS = 4;

function feasibleRegion<Id extends string>(
  tables: LinkedTables<Id>,
  sortedCells: readonly Id[],
  find: () => FeasibleRegion | undefined,
): FeasibleRegion | undefined {
  const recent = recentRegions.get(tables) ?? new Map<string, FeasibleRegion | undefined>();
  recentRegions.set(tables, recent);
  const key = sortedCells.join('\n');
  if (recent.has(key)) return recent.get(key);
  const region = find();
  if (recent.size >= RECENT_REGIONS) recent.delete(recent.keys().next().value as string);
  recent.set(key, region);
  return region;
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
  const relationsOf = relationsByCell(tables);
  const reached: Id[] = [target];
  const seen = new Set<Id>(reached);
  const relations = new Set<Relation<Id>>();
  for (let next = 0; next < reached.length; next++) {
    for (const relation of relationsOf.get(reached[next]) ?? []) {
      if (relations.has(relation)) continue;
      relations.add(relation);
      for (const member of [relation.total, ...relation.parts]) {
        if (withheld.has(member) && !seen.has(member)) {
          seen.add(member);
          reached.push(member);
        }
      }
    }
  }
  return { cells: reached, relations: [...relations] };
}

/**
 * The relations each cell sits in, indexed once per set of tables: the audit asks for a component
 * thousands of times while choosing secondary cells, and scanning every relation each time made a
 * region with many organisations quadratic.
 */
const relationIndex = new WeakMap<LinkedTables<string>, Map<string, Relation<string>[]>>();

function relationsByCell<Id extends string>(tables: LinkedTables<Id>): Map<Id, Relation<Id>[]> {
  let index = relationIndex.get(tables) as Map<Id, Relation<Id>[]> | undefined;
  if (!index) {
    index = new Map();
    for (const relation of tables.relations) {
      for (const member of new Set([relation.total, ...relation.parts])) {
        const list = index.get(member) ?? [];
        list.push(relation);
        index.set(member, list);
      }
    }
    relationIndex.set(tables, index as Map<string, Relation<string>[]>);
  }
  return index;
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
