import { RECORD_KEY_SCALE, cellKeyFromKeySum, cellKeyOf, measureCell, peopleCell } from './cell.js';

describe('cell keys', () => {
  it('is the sum of the record keys mod 1, the same in any order', () => {
    const keys = [0.75, 0.5, 0.125, 0.1, 0.2, 0.3];
    expect(cellKeyOf(keys)).toBeCloseTo(0.975, 9);
    expect(cellKeyOf([...keys].reverse())).toBe(cellKeyOf(keys));
    expect(cellKeyOf([])).toBe(0);
  });

  it('gives the same key from a database sum of whole-number keys as from the keys themselves', () => {
    const whole = [3_000_000_000, 4_000_000_000, 123_456_789];
    const sum = whole.reduce((a, b) => a + b, 0);
    expect(cellKeyFromKeySum(String(sum))).toBe(cellKeyOf(whole.map((key) => key / RECORD_KEY_SCALE)));
    expect(cellKeyFromKeySum(BigInt(sum))).toBe(cellKeyFromKeySum(sum));
  });

  it('refuses a record key outside [0, 1)', () => {
    expect(() => cellKeyOf([1])).toThrow(/\[0, 1\)/);
    expect(() => cellKeyOf([-0.1])).toThrow(/\[0, 1\)/);
  });

  it('builds cells that know their contributors and the largest contribution', () => {
    expect(peopleCell([0.25, 0.5])).toEqual({ kind: 'people', value: 2, contributors: 2, cellKey: 0.75 });
    const spend = measureCell('money', [
      { recordKey: 0.5, amount: 900 },
      { recordKey: 0.75, amount: 100 },
    ]);
    expect(spend).toEqual({
      kind: 'money',
      value: 1000,
      contributors: 2,
      cellKey: 0.25,
      largestContribution: 900,
    });
    expect(measureCell('events', [{ recordKey: 0.5, amount: 3 }])).not.toHaveProperty('largestContribution');
  });
});
