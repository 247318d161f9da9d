/**
 * The threshold rule: a figure about 1 to k-1 people is withheld. Zero is about nobody and is shown
 * (a structural zero); see docs/statistics.md for why.
 */
export function isBelowThreshold(people: number, k: number): boolean {
  return people > 0 && people < k;
}

/** The value, or null when the people behind it are too few to show it. */
export function shownOrNull<T>(value: T, people: number, k: number): T | null {
  return isBelowThreshold(people, k) ? null : value;
}
