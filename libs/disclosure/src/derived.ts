import { ProtectedCell, publishedCell, withheldCell } from './protected-cell.js';

/**
 * A figure derived from protected ones (cost per beneficiary, items per 1,000 residents), computed
 * from the published values only, so it tells nothing the published cells do not. It is withheld when
 * any input is: a per-capita indicator of a withheld count times the public population would give the
 * count back. `per` scales the ratio (1,000 for "per 1k residents"); the result is unrounded.
 *
 * A zero denominator (nobody served) gives 0, as the pages have always shown it.
 */
export function ratioCell(
  numerator: ProtectedCell,
  denominator: ProtectedCell | number,
  per = 1,
): ProtectedCell {
  const divisor = typeof denominator === 'number' ? denominator : denominator.value;
  if (numerator.value === null || divisor === null) return withheldCell();
  return publishedCell(divisor === 0 ? 0 : (numerator.value / divisor) * per);
}

/** A published figure rounded to `decimals` places for display: rounding tells nothing new. */
export function roundedCell(cell: ProtectedCell, decimals = 0): ProtectedCell {
  if (cell.value === null) return cell;
  const scale = 10 ** decimals;
  return publishedCell(Math.round(cell.value * scale) / scale);
}
