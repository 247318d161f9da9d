import { isBelowThreshold, shownOrNull } from './threshold.js';

describe('the threshold rule', () => {
  it('withholds counts from 1 to k-1 and shows zero and k', () => {
    expect([0, 1, 4, 5, 6].map((people) => isBelowThreshold(people, 5))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(shownOrNull(1200, 4, 5)).toBeNull();
    expect(shownOrNull(1200, 5, 5)).toBe(1200);
  });
});
