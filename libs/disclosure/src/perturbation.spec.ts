import { RawCell } from './cell.js';
import {
  COUNT_MAX_NOISE,
  COUNT_PTABLE,
  MAGNITUDE_PTABLE,
  countNoise,
  countSumStandardDeviation,
  perturbationMethodology,
  perturbedValue,
} from './perturbation.js';

const mean = (row: ReadonlyArray<{ probability: number }>, value: (entry: never) => number) =>
  row.reduce((sum, entry) => sum + entry.probability * value(entry as never), 0);

describe('cell-key perturbation', () => {
  it('publishes a ptable whose rows are distributions with mean zero, bounded by D, variance at most V', () => {
    for (const row of COUNT_PTABLE) {
      expect(mean(row.noise, () => 1)).toBeCloseTo(1, 12);
      expect(mean(row.noise, (entry: { noise: number }) => entry.noise)).toBeCloseTo(0, 12);
      expect(mean(row.noise, (entry: { noise: number }) => entry.noise ** 2)).toBeLessThanOrEqual(1 + 1e-12);
      for (const { noise } of row.noise) expect(Math.abs(noise)).toBeLessThanOrEqual(COUNT_MAX_NOISE);
      for (const { noise } of row.noise) expect(row.offset + noise).toBeGreaterThanOrEqual(0);
    }
    expect(mean(MAGNITUDE_PTABLE, () => 1)).toBeCloseTo(1, 12);
    expect(mean(MAGNITUDE_PTABLE, (entry: { multiplier: number }) => entry.multiplier)).toBeCloseTo(0, 12);
  });

  it('never moves a count of k or more below k, and keeps zero at zero', () => {
    for (let count = 5; count < 40; count++) {
      for (let key = 0; key < 1; key += 0.01)
        expect(count + countNoise(count, 5, key)).toBeGreaterThanOrEqual(5);
    }
    expect(perturbedValue({ kind: 'people', value: 0, contributors: 0, cellKey: 0 }, 5)).toBe(0);
  });

  it('gives the same contributors the same published value, and other contributors other noise', () => {
    const cell: RawCell = { kind: 'people', value: 30, contributors: 30, cellKey: 0.123 };
    expect(perturbedValue(cell, 5)).toBe(perturbedValue({ ...cell }, 5));
    const published = new Set(
      Array.from({ length: 50 }, (_, i) => perturbedValue({ ...cell, cellKey: i / 50 }, 5)),
    );
    expect([...published].sort()).toEqual([28, 29, 30, 31, 32]);
  });

  it('blurs money by at least a quarter of the largest contribution and keeps it within a quarter of the value', () => {
    const dominated: RawCell = {
      kind: 'money',
      value: 1_000_000,
      contributors: 6,
      cellKey: 0.1,
      largestContribution: 800_000,
    };
    const published = perturbedValue(dominated, 5);
    expect(Math.abs(published - dominated.value)).toBeGreaterThanOrEqual(0.5 * 0.25 * 800_000);
    expect(Math.abs(published - dominated.value)).toBeLessThanOrEqual(0.25 * 1_000_000);
  });

  it('draws fresh noise when the same people add an event, so before minus after is not the event', () => {
    const before: RawCell = {
      kind: 'money',
      value: 500_000,
      contributors: 8,
      cellKey: 0.42,
      largestContribution: 90_000,
    };
    let exact = 0;
    for (let event = 1; event <= 200; event++) {
      const after = { ...before, value: before.value + event * 100 };
      if (perturbedValue(after, 5) - perturbedValue(before, 5) === event * 100) exact++;
    }
    expect(exact).toBe(0);
  });

  it('states the parameters and the expected error for the methodology, never a key', () => {
    const methodology = perturbationMethodology(5);
    expect(methodology.counts).toMatchObject({
      maxAbsoluteNoise: 2,
      noiseVariance: 1,
      smallestPublishedNonZero: 5,
    });
    expect(methodology.counts.ptable.map((row) => row.trueCount)).toEqual(['5', '6', '≥ 7']);
    expect(methodology.expectedError.countCellStandardDeviation).toBe(1);
    expect(countSumStandardDeviation(16)).toBe(4);
  });
});
