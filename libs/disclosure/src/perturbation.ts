import { RawCell, fractionOf, isMagnitude } from './cell.js';

/**
 * Cell-key perturbation (Australian Bureau of Statistics TableBuilder; ONS, Census 2021). Every
 * beneficiary has a secret record key, uniform in [0, 1); a cell's key is the sum of its contributors'
 * keys mod 1; the published value is the true value plus the noise the published perturbation table
 * (ptable) assigns to that key. The same contributors and value always give the same published value.
 *
 * Where this departs from the textbook, and why: for people counts the key is exactly the cell key.
 * Event counts and magnitudes can change while the people behind them stay the same (a second visit of
 * the same child), which would leave the key and so the noise unchanged and let the difference of two
 * readings give the event exactly. For them the key is shifted by a public function of the value
 * (value × the golden ratio, mod 1, a Weyl sequence), so a new value draws fresh noise. The secret part
 * is still the contributors' key sum: uniform, so the shifted key is uniform as well.
 */

/** One row of a count ptable: noise values with their probabilities, in cumulative order. */
export interface PerturbationRow {
  /** the row applies to true counts k + offset (the last row to every larger count too) */
  offset: number;
  noise: ReadonlyArray<{ noise: number; probability: number }>;
}

/** Largest absolute noise on a count (D) and the noise variance away from the threshold (V). */
export const COUNT_MAX_NOISE = 2;
export const COUNT_NOISE_VARIANCE = 1;

/**
 * The count ptable, relative to k: no count is moved below k, so no published count is 1..k-1, and
 * every row has mean zero, so totals are unbiased. A count of exactly k can only stay (any noise would
 * be upward only, a bias); k+1 takes noise -1..+2 (variance 0.9); k+2 and above -2..+2 (variance 1).
 */
export const COUNT_PTABLE: readonly PerturbationRow[] = [
  { offset: 0, noise: [{ noise: 0, probability: 1 }] },
  {
    offset: 1,
    noise: [
      { noise: -1, probability: 0.4 },
      { noise: 0, probability: 0.25 },
      { noise: 1, probability: 0.3 },
      { noise: 2, probability: 0.05 },
    ],
  },
  {
    offset: 2,
    noise: [
      { noise: -2, probability: 0.05 },
      { noise: -1, probability: 0.3 },
      { noise: 0, probability: 0.3 },
      { noise: 1, probability: 0.3 },
      { noise: 2, probability: 0.05 },
    ],
  },
];

/**
 * Magnitudes (money, quantities): noise = amplitude × m, with m drawn by the key from ±0.5 and ±1
 * (never 0, mean 0), and amplitude the larger of 5 % of the value and 25 % of the largest single
 * contribution, so a cell dominated by one beneficiary is blurred by a quarter of that person's share
 * (ABS's top-contributor perturbation), and never moved below three quarters of its value.
 */
export const MAGNITUDE_RELATIVE_NOISE = 0.05;
export const MAGNITUDE_TOP_CONTRIBUTOR_NOISE = 0.25;
export const MAGNITUDE_PTABLE: ReadonlyArray<{ multiplier: number; probability: number }> = [
  { multiplier: -1, probability: 0.25 },
  { multiplier: -0.5, probability: 0.25 },
  { multiplier: 0.5, probability: 0.25 },
  { multiplier: 1, probability: 0.25 },
];

/** The golden ratio's fractional part: the public shift that gives a changed value a fresh key. */
const VALUE_SHIFT = (Math.sqrt(5) - 1) / 2;

/** The published value of a cell about k or more people (primary cells never reach this). */
export function perturbedValue(cell: RawCell, k: number): number {
  if (cell.contributors === 0) return cell.value;
  const key = perturbationKey(cell);
  if (isMagnitude(cell.kind))
    return Math.round(cell.value + magnitudeAmplitude(cell) * magnitudeMultiplier(key));
  return cell.value + countNoise(cell.value, k, key);
}

export function perturbationKey(cell: RawCell): number {
  if (cell.kind === 'people') return cell.cellKey;
  return fractionOf(cell.cellKey + fractionOf(cell.value * VALUE_SHIFT));
}

export function countNoise(count: number, k: number, key: number): number {
  const offset = Math.max(0, Math.min(count - k, COUNT_PTABLE.length - 1));
  return drawn(COUNT_PTABLE[offset].noise, key, (entry) => entry.noise);
}

function magnitudeAmplitude(cell: RawCell): number {
  return Math.max(
    MAGNITUDE_RELATIVE_NOISE * cell.value,
    MAGNITUDE_TOP_CONTRIBUTOR_NOISE * (cell.largestContribution ?? 0),
  );
}

function magnitudeMultiplier(key: number): number {
  return drawn(MAGNITUDE_PTABLE, key, (entry) => entry.multiplier);
}

/** The entry whose cumulative probability interval [from, to) holds the key. */
function drawn<T extends { probability: number }>(
  entries: readonly T[],
  key: number,
  pick: (entry: T) => number,
): number {
  let cumulative = 0;
  for (const entry of entries) {
    cumulative += entry.probability;
    if (key < cumulative) return pick(entry);
  }
  return pick(entries[entries.length - 1]);
}

/**
 * What the methodology publishes about the perturbation: the method, the tables, the parameters and
 * the expected error (never a key).
 */
export function perturbationMethodology(k: number) {
  const magnitudeVariance = MAGNITUDE_PTABLE.reduce(
    (sum, entry) => sum + entry.probability * entry.multiplier ** 2,
    0,
  );
  return {
    method: 'cell key perturbation (ABS TableBuilder; ONS Census 2021)',
    recordKeys: 'one secret key per beneficiary, uniform in [0, 1), drawn at registration',
    cellKey:
      'sum of the contributors’ record keys mod 1; for event counts and magnitudes shifted by value × 0.6180339887 mod 1',
    suppressionThreshold: k,
    counts: {
      maxAbsoluteNoise: COUNT_MAX_NOISE,
      noiseVariance: COUNT_NOISE_VARIANCE,
      zerosStayZero: true,
      smallestPublishedNonZero: k,
      ptable: COUNT_PTABLE.map((row) => ({
        trueCount: row.offset === COUNT_PTABLE.length - 1 ? `≥ ${k + row.offset}` : `${k + row.offset}`,
        noise: row.noise,
      })),
    },
    magnitudes: {
      amplitude: `max(${MAGNITUDE_RELATIVE_NOISE} × value, ${MAGNITUDE_TOP_CONTRIBUTOR_NOISE} × largest single contribution)`,
      ptable: MAGNITUDE_PTABLE,
      relativeStandardDeviation: MAGNITUDE_RELATIVE_NOISE * Math.sqrt(magnitudeVariance),
    },
    expectedError: {
      countCellStandardDeviation: Math.sqrt(COUNT_NOISE_VARIANCE),
      sumOfCountCells: 'standard deviation at most √n for a sum of n published counts',
    },
  };
}

/** The standard deviation of the error of a sum of n published counts (independent keys). */
export function countSumStandardDeviation(cells: number): number {
  return Math.sqrt(cells * COUNT_NOISE_VARIANCE);
}
