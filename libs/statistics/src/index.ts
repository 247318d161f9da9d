export * from './entities/external-indicator.entity.js';
export * from './entities/league-snapshot.entity.js';
export * from './external-indicators.service.js';
export * from './statistics.module.js';
export * from './metrics.service.js';
export * from './regional-stats.service.js';
export * from './league.service.js';
