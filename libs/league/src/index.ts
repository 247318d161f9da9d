export * from './compute-league.js';
export * from './csv.js';
export * from './external-indicators.js';
export * from './methodology.js';
export * from './methodology-v1.js';
export * from './methodology-v2.js';
export * from './publication.js';
export * from './recomputation.js';
export { mulberry32 } from './statistics.js';
