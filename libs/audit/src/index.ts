export * from './entities/audit-entry.entity.js';
