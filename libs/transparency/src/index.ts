// The threshold rule lives in @careledger/disclosure. This re-export remains only for
// libs/statistics/src/metrics.service.ts; once that imports the layer directly, this lib goes (and
// its entry in nest-cli.json).
export { isBelowThreshold, shownOrNull } from '@careledger/disclosure';
