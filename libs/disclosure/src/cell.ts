/**
 * A raw cell is a figure before disclosure control: its true value and what the layer needs to protect
 * it, namely how many distinct beneficiaries it is about and the sum of their secret record keys.
 *
 * - `people`: distinct beneficiaries (the value is the number of contributors);
 * - `events`: care events, a count that can grow while the people behind it stay the same;
 * - `money` (kopecks) and `quantity` (items): magnitudes, perturbed in proportion to their size.
 */
export type CellKind = 'people' | 'events' | 'money' | 'quantity';

export interface RawCell {
  kind: CellKind;
  value: number;
  /** distinct beneficiaries the value is about */
  contributors: number;
  /** the cell key: the contributors' record keys summed mod 1, in [0, 1) */
  cellKey: number;
  /** magnitudes only: the largest amount a single beneficiary contributes (top-contributor noise) */
  largestContribution?: number;
}

/**
 * Record keys are stored as whole numbers in [0, 2^32), read as key / 2^32 in [0, 1). Summing whole
 * numbers is exact in any order, in JavaScript and in SQL alike, so the same contributors give the
 * same cell key whichever query plan or code path adds them up (a sum of floating-point keys could
 * differ in its last bit and, at a ptable boundary, in its noise).
 */
export const RECORD_KEY_SCALE = 2 ** 32;

/** The cell key from the sum of the contributors' whole-number record keys, e.g. SQL's sum(record_key). */
export function cellKeyFromKeySum(sum: bigint | number | string): number {
  const scale = BigInt(RECORD_KEY_SCALE);
  return Number(((BigInt(sum) % scale) + scale) % scale) / RECORD_KEY_SCALE;
}

/** The cell key of a set of contributors: the sum of their record keys mod 1 (ABS, ONS). */
export function cellKeyOf(recordKeys: Iterable<number>): number {
  let sum = 0;
  for (const key of recordKeys) {
    if (!(key >= 0 && key < 1)) throw new Error(`a record key must lie in [0, 1), got ${key}`);
    sum = (sum + Math.floor(key * RECORD_KEY_SCALE)) % RECORD_KEY_SCALE;
  }
  return sum / RECORD_KEY_SCALE;
}

/** A people-count cell from the record keys of the distinct people it counts. */
export function peopleCell(recordKeys: readonly number[]): RawCell {
  return {
    kind: 'people',
    value: recordKeys.length,
    contributors: recordKeys.length,
    cellKey: cellKeyOf(recordKeys),
  };
}

/** What one distinct beneficiary contributes to a cell of events, money or quantity. */
export interface Contribution {
  recordKey: number;
  amount: number;
}

/** A cell of events, money or quantity from its contributions, one per distinct beneficiary. */
export function measureCell(
  kind: Exclude<CellKind, 'people'>,
  contributions: readonly Contribution[],
): RawCell {
  const value = contributions.reduce((sum, contribution) => sum + contribution.amount, 0);
  const cell: RawCell = {
    kind,
    value,
    contributors: contributions.length,
    cellKey: cellKeyOf(contributions.map((contribution) => contribution.recordKey)),
  };
  if (kind === 'events') return cell;
  return {
    ...cell,
    largestContribution: Math.max(0, ...contributions.map((contribution) => contribution.amount)),
  };
}

export function isMagnitude(kind: CellKind): boolean {
  return kind === 'money' || kind === 'quantity';
}

export function fractionOf(value: number): number {
  return value - Math.floor(value);
}
