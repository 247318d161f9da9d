/**
 * Small statistical helpers for the league table: a seeded random generator, sample skewness and
 * kurtosis as the JRC COIN tool (and Excel, e1071 type 2) defines them, and JRC winsorisation.
 */

/** mulberry32: a tiny deterministic generator of uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function centralMoments(values: readonly number[]): { m2: number; m3: number; m4: number } {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const value of values) {
    const d = value - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  return { m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/** Sample skewness (Excel SKEW); null with fewer than 3 values or no spread. */
export function skewness(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 3) return null;
  const { m2, m3 } = centralMoments(values);
  if (m2 <= 1e-12 * Math.max(1, ...values.map(Math.abs)) ** 2) return null;
  const g1 = m3 / m2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/** Sample excess kurtosis (Excel KURT); null with fewer than 4 values or no spread. */
export function kurtosis(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 4) return null;
  const { m2, m4 } = centralMoments(values);
  if (m2 <= 1e-12 * Math.max(1, ...values.map(Math.abs)) ** 2) return null;
  const r = m4 / (m2 * m2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

export interface WinsorisationRule {
  skewness: number;
  kurtosis: number;
  maxValues: number;
}

/**
 * JRC rule: while |skewness| > rule.skewness and kurtosis > rule.kurtosis, the most extreme value of
 * the tail the skew points to (the top when skewness is positive) is set to the next value inwards.
 * Tied extremes move together. The tail is chosen once, from the first skewness, and at most
 * rule.maxValues values are changed; a round that would change more is not made.
 * Returns the values in the same order.
 */
export function winsorise(values: readonly number[], rule: WinsorisationRule): number[] {
  const result = [...values];
  const initialSkew = skewness(result);
  if (initialSkew === null) return result;
  const top = initialSkew > 0;
  let changed = 0;
  for (;;) {
    const skew = skewness(result);
    const kurt = kurtosis(result);
    if (skew === null || kurt === null) break;
    if (!(Math.abs(skew) > rule.skewness && kurt > rule.kurtosis)) break;
    const extreme = top ? Math.max(...result) : Math.min(...result);
    const inner = result.filter((value) => value !== extreme);
    if (inner.length === 0) break;
    const next = top ? Math.max(...inner) : Math.min(...inner);
    const count = result.length - inner.length;
    if (changed + count > rule.maxValues) break;
    for (let i = 0; i < result.length; i++) if (result[i] === extreme) result[i] = next;
    changed += count;
  }
  return result;
}

/** Rounds half away from zero to the given decimals, robust to binary noise such as 62.35 * 10. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toPrecision(12));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / factor;
}

/** Nearest-rank percentile of sorted numbers, p in (0, 100]. */
export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.min(index, sorted.length - 1)];
}
