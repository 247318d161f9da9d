import { describe, expect, it } from 'vitest';
import { intervalGeometry, rankPosition } from './interval-bar';

describe('the rank interval bar', () => {
  it('puts rank 1 at the left edge and rank N at the right', () => {
    expect(rankPosition(1, 80, 100)).toBe(0);
    expect(rankPosition(80, 80, 100)).toBe(100);
    expect(rankPosition(40.5, 80, 100)).toBeCloseTo(50);
  });

  it('spans the interval and marks the rank inside it', () => {
    const bar = intervalGeometry([11, 31], 21, 81, 100);
    expect(bar.x).toBeCloseTo(12.5);
    expect(bar.width).toBeCloseTo(25);
    expect(bar.markerX).toBeCloseTo(25);
  });

  it('gives a certain rank a visible minimum width centred on it', () => {
    const bar = intervalGeometry([41, 41], 41, 81, 100, 4);
    expect(bar.width).toBe(4);
    expect(bar.x).toBeCloseTo(48);
  });

  it('keeps a short bar at either end inside the track', () => {
    expect(intervalGeometry([1, 1], 1, 81, 100, 4).x).toBe(0);
    const last = intervalGeometry([81, 81], 81, 81, 100, 4);
    expect(last.x + last.width).toBe(100);
  });

  it('accepts the interval in either order and clamps ranks outside 1..N', () => {
    expect(intervalGeometry([31, 11], 21, 81, 100)).toEqual(intervalGeometry([11, 31], 21, 81, 100));
    expect(rankPosition(0, 10, 100)).toBe(0);
    expect(rankPosition(99, 10, 100)).toBe(100);
  });

  it('centres the only region of a one-region league', () => {
    expect(intervalGeometry([1, 1], 1, 1, 100, 2)).toEqual({ x: 49, width: 2, markerX: 50 });
  });
});
