// The threshold rule now lives in @careledger/disclosure; these names stay for existing callers.
export { isBelowThreshold, shownOrNull } from '@careledger/disclosure';
export * from './suppression.js';
