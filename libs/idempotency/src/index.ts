export * from './entities/idempotency-key.entity.js';
export * from './idempotency.module.js';
