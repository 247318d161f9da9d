// The geometry of a rank interval drawn over the ranks 1..N: rank 1 at the left edge, rank N at the
// right, the bar spanning the 5th to 95th percentile rank and a marker at the region's own rank.
export interface IntervalGeometry {
  /** left edge of the bar, from 0 to width */
  x: number;
  /** at least minWidth, so a certain rank still shows a visible mark */
  width: number;
  /** the region's rank */
  markerX: number;
}

/** Where rank r (1..n) sits on a track of the given width. */
export function rankPosition(rank: number, n: number, width: number): number {
  if (n <= 1) return width / 2;
  const clamped = Math.min(Math.max(rank, 1), n);
  return ((clamped - 1) / (n - 1)) * width;
}

export function intervalGeometry(
  interval: readonly [number, number],
  rank: number,
  n: number,
  width: number,
  minWidth = 3,
): IntervalGeometry {
  const low = Math.min(interval[0], interval[1]);
  const high = Math.max(interval[0], interval[1]);
  const start = rankPosition(low, n, width);
  const end = rankPosition(high, n, width);
  const barWidth = Math.max(end - start, minWidth);
  // a short bar is centred on its span, but never past either end of the track
  const x = Math.min(Math.max((start + end) / 2 - barWidth / 2, 0), width - barWidth);
  return { x, width: barWidth, markerX: rankPosition(rank, n, width) };
}
