export * from './audit-chain.js';
export * from './audit-log.service.js';
export * from './audit.module.js';
export * from './entities/audit-entry.entity.js';
export * from './canonical-json.js';
