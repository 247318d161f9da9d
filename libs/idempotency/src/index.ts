export * from './entities/idempotency-key.entity.js';
export * from './idempotency.module.js';
export * from './idempotency.service.js';
