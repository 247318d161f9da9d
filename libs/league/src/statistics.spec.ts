import { kurtosis, mulberry32, percentile, roundTo, skewness, winsorise } from './statistics.js';

const jrc = { skewness: 2, kurtosis: 3.5, maxValues: 5 };

describe('skewness and kurtosis', () => {
  it('match the sample definitions of Excel SKEW and KURT', () => {
    // 1, 2, 3, 10: mean 4, deviations −3, −2, −1, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394; s² = 50 / 3
    // SKEW = n / ((n − 1)(n − 2)) · Σd³ / s³ = 4 / 6 · 180 / 68.041 = 1.7636
    // KURT = n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σd⁴ / s⁴ − 3(n − 1)² / ((n − 2)(n − 3))
    //      = 20 / 6 · 1394 / 277.78 − 27 / 2 = 16.728 − 13.5 = 3.228
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(1.7636, 4);
    expect(kurtosis([1, 2, 3, 10])).toBeCloseTo(3.228, 3);
    expect(skewness([1, 2, 3])).toBeCloseTo(0, 10);
  });

  it('are undefined for too few values or no spread', () => {
    expect(skewness([1, 2])).toBeNull();
    expect(kurtosis([1, 2, 3])).toBeNull();
    expect(skewness([4, 4, 4, 4])).toBeNull();
  });
});

describe('winsorise', () => {
  it('pulls the top outlier in to the next value and stops once the rule is met', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 1000];
    expect(skewness(values)).toBeGreaterThan(2);
    expect(kurtosis(values)).toBeGreaterThan(3.5);
    expect(winsorise(values, jrc)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 90]);
  });

  it('treats the bottom tail when the skew is negative', () => {
    const values = [-1000, 10, 20, 30, 40, 50, 60, 70, 80, 90];
    expect(winsorise(values, jrc)).toEqual([10, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('changes at most maxValues values', () => {
    // a long tail: each round moves one more value, and the rule still holds after two
    const values = [...Array.from({ length: 30 }, () => 1), 50, 200, 1000];
    const once = winsorise(values, { ...jrc, maxValues: 1 });
    expect(once.filter((value, i) => value !== values[i])).toHaveLength(1);
    expect(Math.max(...once)).toBe(200);
  });

  it('leaves a distribution that does not break the rule, or is too short to judge, alone', () => {
    expect(winsorise([1, 2, 3, 4, 5, 6], jrc)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(winsorise([1, 2, 1000], jrc)).toEqual([1, 2, 1000]);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(mulberry32(124)()).not.toBe(first[0]);
    const average = first.reduce((sum, value) => sum + value, 0) / first.length;
    expect(average).toBeGreaterThan(0.45);
    expect(average).toBeLessThan(0.55);
  });
});

describe('roundTo and percentile', () => {
  it('round half away from zero despite binary noise', () => {
    expect([roundTo(73.75, 1), roundTo(62.35, 1), roundTo(56.25, 1), roundTo(0.123456, 4)]).toEqual([
      73.8, 62.4, 56.3, 0.1235,
    ]);
  });

  it('take the nearest-rank percentile', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 5), percentile(sorted, 95)]).toEqual([5, 95]);
    expect([percentile([3], 5), percentile([3], 95)]).toEqual([3, 3]);
  });
});
