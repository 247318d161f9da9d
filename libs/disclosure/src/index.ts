export {
  RECORD_KEY_SCALE,
  cellKeyFromKeySum,
  cellKeyOf,
  isMagnitude,
  measureCell,
  peopleCell,
} from './cell.js';
export type { CellKind, Contribution, RawCell } from './cell.js';
export type { LinkedTables, Relation } from './linked-tables.js';
export type { ProtectedCell, PublishedNumber } from './protected-cell.js';
export { protectTables } from './protect.js';
export type { ProtectedTables, ProtectionMode, ProtectionOptions } from './protect.js';
export { MAGNITUDE_PROTECTION, extremeSolutions, feasibleInterval, requiredInterval } from './audit.js';
export type { Interval } from './audit.js';
export { chooseWithheldCells, unprotectedCells } from './complementary-suppression.js';
export {
  COUNT_MAX_NOISE,
  COUNT_NOISE_VARIANCE,
  COUNT_PTABLE,
  MAGNITUDE_PTABLE,
  MAGNITUDE_RELATIVE_NOISE,
  MAGNITUDE_TOP_CONTRIBUTOR_NOISE,
  countSumStandardDeviation,
  perturbationMethodology,
} from './perturbation.js';
export { ratioCell, roundedCell } from './derived.js';
export { disclosureMethodology } from './methodology.js';
export { isBelowThreshold, shownOrNull } from './threshold.js';
