/**
 * A small dense two-phase simplex, enough to audit a suppression pattern: up to a few hundred withheld
 * cells and the published equations around them. The column with the largest reduced cost enters
 * (Dantzig's rule, far fewer pivots on these programs); these programs are highly degenerate (many
 * zeros), so after a run of pivots that make no progress the rest of the run uses Bland's rule (lowest
 * index enters and leaves), which rules out cycling.
 */

/** One linear constraint over the variables: Σ coefficients[j]·x[j] (≤ | = | ≥) bound. */
export interface LinearConstraint {
  coefficients: ReadonlyMap<number, number>;
  relation: '<=' | '=' | '>=';
  bound: number;
}

export type LinearProgramResult =
  | { status: 'optimal'; value: number; solution: number[] }
  | { status: 'unbounded' }
  | { status: 'infeasible' };

const EPSILON = 1e-9;
/** Degenerate pivots in a row after which a run falls back to Bland's rule. */
const DEGENERATE_STREAK = 50;

/** Maximises objective·x subject to the constraints and x ≥ 0. */
export function maximise(
  variables: number,
  objective: ReadonlyMap<number, number>,
  constraints: readonly LinearConstraint[],
): LinearProgramResult {
  return maximiseEach(variables, [objective], constraints)[0];
}

/**
 * Maximises each objective over the same constraints. Phase one (a feasible basis) is found once and
 * each objective starts from a copy of it: the audit asks for a cell's lowest and highest value.
 */
export function maximiseEach(
  variables: number,
  objectives: readonly ReadonlyMap<number, number>[],
  constraints: readonly LinearConstraint[],
): LinearProgramResult[] {
  const region = FeasibleRegion.find(variables, constraints);
  return objectives.map((objective) => region?.maximise(objective) ?? { status: 'infeasible' });
}

/**
 * The constraints with a feasible basis found (phase one), ready to maximise any number of objectives
 * over them, each from a copy of that basis.
 */
export class FeasibleRegion {
  private constructor(
    private readonly tableau: Tableau,
    private readonly variables: number,
  ) {}

  /** undefined when the constraints have no non-negative solution */
  static find(variables: number, constraints: readonly LinearConstraint[]): FeasibleRegion | undefined {
    const tableau = Tableau.build(variables, constraints);
    return tableau.findFeasibleBasis() ? new FeasibleRegion(tableau, variables) : undefined;
  }

  maximise(objective: ReadonlyMap<number, number>): LinearProgramResult {
    return this.tableau.copy().optimise(objective, this.variables);
  }
}

/**
 * The tableau holds one row per constraint, over the original variables, one slack or surplus column
 * per inequality and one artificial column per row (phase one drives them to zero).
 */
class Tableau {
  private constructor(
    private readonly rows: Float64Array[],
    private readonly rhs: number[],
    private readonly basis: number[],
    private readonly artificialFrom: number,
  ) {}

  /**
   * An inequality whose slack can start basic (a ≤ row with a non-negative bound, or a ≥ row with a
   * non-positive one, negated) needs no artificial column: the audit's union relations are mostly such
   * rows, so phase one only has the equations and the rest to drive to feasibility.
   */
  static build(variables: number, constraints: readonly LinearConstraint[]): Tableau {
    const inequalities = constraints.filter((constraint) => constraint.relation !== '=').length;
    const artificialFrom = variables + inequalities;
    const shapes = constraints.map(rowShape);
    const width = artificialFrom + shapes.filter((shape) => !shape.slackStartsBasic).length;
    const rows: Float64Array[] = [];
    const rhs: number[] = [];
    const basis: number[] = [];
    let slack = variables;
    let artificial = artificialFrom;
    constraints.forEach((constraint, index) => {
      const { sign, slackStartsBasic } = shapes[index];
      const row = new Float64Array(width);
      for (const [variable, coefficient] of constraint.coefficients) row[variable] += sign * coefficient;
      const slackColumn = constraint.relation === '=' ? undefined : slack++;
      if (slackColumn !== undefined) row[slackColumn] = sign * (constraint.relation === '<=' ? 1 : -1);
      const basic = slackStartsBasic ? (slackColumn as number) : artificial++;
      row[basic] = 1;
      rows.push(row);
      rhs.push(sign * constraint.bound);
      basis.push(basic);
    });
    return new Tableau(rows, rhs, basis, artificialFrom);
  }

  copy(): Tableau {
    return new Tableau(
      this.rows.map((row) => row.slice()),
      this.rhs.slice(),
      this.basis.slice(),
      this.artificialFrom,
    );
  }

  /** Phase one: minimise the sum of the artificial variables; feasible when it reaches zero. */
  findFeasibleBasis(): boolean {
    const width = this.rows[0]?.length ?? 0;
    const cost = new Array<number>(width).fill(0);
    for (let j = this.artificialFrom; j < width; j++) cost[j] = -1;
    const outcome = this.run(cost, width);
    if (outcome === 'unbounded') return false;
    const infeasibility = this.basis.reduce(
      (sum, variable, row) => (variable >= this.artificialFrom ? sum + this.rhs[row] : sum),
      0,
    );
    if (infeasibility > EPSILON * Math.max(1, ...this.rhs)) return false;
    this.driveArtificialsOut();
    // Phase two never looks at the artificial columns again: dropping them halves every later pivot.
    this.rows.forEach((row, i) => (this.rows[i] = row.slice(0, this.artificialFrom)));
    return true;
  }

  /** Phase two over the original and slack columns only. */
  optimise(objective: ReadonlyMap<number, number>, variables: number): LinearProgramResult {
    const cost = new Array<number>(this.artificialFrom).fill(0);
    for (const [variable, coefficient] of objective) if (variable < variables) cost[variable] = coefficient;
    if (this.run(cost, this.artificialFrom) === 'unbounded') return { status: 'unbounded' };
    const value = this.basis.reduce(
      (sum, variable, row) => (variable < this.artificialFrom ? sum + cost[variable] * this.rhs[row] : sum),
      0,
    );
    const solution = new Array<number>(variables).fill(0);
    this.basis.forEach((variable, row) => {
      if (variable < variables) solution[variable] = this.rhs[row];
    });
    return { status: 'optimal', value, solution };
  }

  /**
   * Maximises cost·x over the first `columns` columns. The reduced costs are computed once and then
   * kept up to date by each pivot, like any other row of the tableau.
   */
  private run(cost: number[], columns: number): 'optimal' | 'unbounded' {
    const reduced = cost.slice(0, columns);
    this.rows.forEach((row, i) => {
      const basicCost = cost[this.basis[i]] ?? 0;
      if (basicCost !== 0) for (let j = 0; j < columns; j++) reduced[j] -= basicCost * row[j];
    });
    let degenerate = 0;
    for (;;) {
      const entering =
        degenerate < DEGENERATE_STREAK
          ? largestAbove(reduced)
          : reduced.findIndex((value) => value > EPSILON);
      if (entering < 0) return 'optimal';
      const leaving = this.leavingRow(entering);
      if (leaving === undefined) return 'unbounded';
      if (degenerate < DEGENERATE_STREAK) degenerate = this.rhs[leaving] <= EPSILON ? degenerate + 1 : 0;
      this.pivot(leaving, entering);
      const multiple = reduced[entering];
      const pivotRow = this.rows[leaving];
      for (let j = 0; j < columns; j++) reduced[j] -= multiple * pivotRow[j];
    }
  }

  /** Minimum ratio test; among ties the row whose basic variable has the lowest index. */
  private leavingRow(column: number): number | undefined {
    let best: number | undefined;
    let bestRatio = Infinity;
    this.rows.forEach((row, i) => {
      if (row[column] <= EPSILON) return;
      const ratio = this.rhs[i] / row[column];
      const better = ratio < bestRatio - EPSILON;
      const tie =
        Math.abs(ratio - bestRatio) <= EPSILON && best !== undefined && this.basis[i] < this.basis[best];
      if (better || tie) {
        best = i;
        bestRatio = Math.min(ratio, bestRatio);
      }
    });
    return best;
  }

  private pivot(pivotRow: number, column: number): void {
    const row = this.rows[pivotRow];
    const factor = row[column];
    for (let j = 0; j < row.length; j++) row[j] /= factor;
    this.rhs[pivotRow] /= factor;
    this.rows.forEach((other, i) => {
      if (i === pivotRow || Math.abs(other[column]) <= EPSILON) return;
      const multiple = other[column];
      for (let j = 0; j < other.length; j++) other[j] -= multiple * row[j];
      this.rhs[i] -= multiple * this.rhs[pivotRow];
    });
    this.basis[pivotRow] = column;
  }

  /** After phase one an artificial may stay basic at zero; swap it for any real column in its row. */
  private driveArtificialsOut(): void {
    this.basis.forEach((variable, i) => {
      if (variable < this.artificialFrom) return;
      const column = this.rows[i].findIndex(
        (value, j) => j < this.artificialFrom && Math.abs(value) > EPSILON,
      );
      if (column >= 0) this.pivot(i, column);
      else this.rows[i].fill(0, 0, this.artificialFrom); // a redundant row: it constrains nothing
    });
  }
}

/** The index of the largest value above EPSILON (the lowest such index among equals), or -1. */
function largestAbove(values: readonly number[]): number {
  let best = -1;
  for (let j = 0; j < values.length; j++) {
    if (values[j] > EPSILON && (best < 0 || values[j] > values[best])) best = j;
  }
  return best;
}

/** Whether a constraint's row is negated (so its bound is non-negative) and its slack can start basic. */
function rowShape(constraint: LinearConstraint): { sign: 1 | -1; slackStartsBasic: boolean } {
  if (constraint.relation === '<=')
    return constraint.bound >= 0
      ? { sign: 1, slackStartsBasic: true }
      : { sign: -1, slackStartsBasic: false };
  if (constraint.relation === '>=')
    return constraint.bound <= 0
      ? { sign: -1, slackStartsBasic: true }
      : { sign: 1, slackStartsBasic: false };
  return { sign: constraint.bound < 0 ? -1 : 1, slackStartsBasic: false };
}
