import { LinearConstraint, maximise } from './simplex.js';

const constraint = (
  coefficients: Array<[number, number]>,
  relation: LinearConstraint['relation'],
  bound: number,
): LinearConstraint => ({ coefficients: new Map(coefficients), relation, bound });

describe('maximise', () => {
  it('finds the optimum of a textbook program and a solution that reaches it', () => {
    // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → x = 2, y = 6, value 36
    const result = maximise(
      2,
      new Map([
        [0, 3],
        [1, 5],
      ]),
      [
        constraint([[0, 1]], '<=', 4),
        constraint([[1, 2]], '<=', 12),
        constraint(
          [
            [0, 3],
            [1, 2],
          ],
          '<=',
          18,
        ),
      ],
    );
    expect(result).toEqual({ status: 'optimal', value: 36, solution: [2, 6] });
  });

  it('handles equalities and lower bounds (a withheld pair that adds up to a known 7)', () => {
    const equations = [
      constraint(
        [
          [0, 1],
          [1, 1],
        ],
        '=',
        7,
      ),
      constraint([[1, 1]], '>=', 1),
    ];
    expect(maximise(2, new Map([[0, 1]]), equations)).toMatchObject({ status: 'optimal', value: 6 });
    expect(maximise(2, new Map([[0, -1]]), equations)).toMatchObject({ status: 'optimal', value: 0 });
  });

  it('reports an unbounded and an infeasible program', () => {
    expect(
      maximise(2, new Map([[0, 1]]), [
        constraint(
          [
            [0, 1],
            [1, -1],
          ],
          '=',
          3,
        ),
      ]),
    ).toEqual({
      status: 'unbounded',
    });
    expect(maximise(1, new Map([[0, 1]]), [constraint([[0, 1]], '=', -2)])).toEqual({ status: 'infeasible' });
  });
});
